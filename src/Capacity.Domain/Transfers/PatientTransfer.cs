using Orleans;
using Capacity.Domain.Care;

namespace Capacity.Domain.Transfers;

/// <summary>
/// Patients moved from a hospital that had no bed for them to one that could spare a bed. They leave the sender on
/// <paramref name="Day"/> and arrive at the recipient on <see cref="DueDay"/> (the next day), where they are admitted
/// before that day's new arrivals.
/// </summary>
/// <param name="Day">Day the transfer was decided (the patients arrived at the sender that day).</param>
/// <param name="FromHospital">Sending hospital.</param>
/// <param name="FromOoad">Sending hospital's OOAD.</param>
/// <param name="ToHospital">Receiving hospital.</param>
/// <param name="ToOoad">Receiving hospital's OOAD.</param>
/// <param name="Patients">Patients moved, by the level of care they need.</param>
[GenerateSerializer, Immutable, Alias("capacity.PatientTransfer")]
public sealed record PatientTransfer(int Day, string FromHospital, string FromOoad, string ToHospital, string ToOoad, LevelCounts Patients)
{
    /// <summary>Day the patients arrive: transfers take one day.</summary>
    public int DueDay => Day + 1;

    /// <summary>Whether the patients leave their OOAD.</summary>
    public bool BetweenOoads => !string.Equals(FromOoad, ToOoad, StringComparison.Ordinal);
}
