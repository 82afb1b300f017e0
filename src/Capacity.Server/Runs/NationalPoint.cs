namespace Capacity.Server.Runs;

/// <summary>
/// One day of the live view: national COVID census (ward + ICU + observation stretchers, end of day), COVID beds (ward +
/// ICU) and patients turned away that day. Built from the engine's <c>DayResult</c> as it arrives, before any file exists.
/// </summary>
public sealed record NationalPoint(int Day, string Date, int Census, int CovidBeds, int TurnedAway);
