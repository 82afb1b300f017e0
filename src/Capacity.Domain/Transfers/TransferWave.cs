using Orleans;

namespace Capacity.Domain.Transfers;

/// <summary>An OOAD's transfer wave in progress.</summary>
/// <param name="StartDay">First day of the wave.</param>
/// <param name="Patients">Patients its hospitals transferred out since then.</param>
/// <param name="ToOtherOoads">Of those, patients sent to another OOAD.</param>
/// <param name="QuietDays">Consecutive days, up to today, below the wave threshold.</param>
/// <param name="LastBusyDay">Last day at or above the threshold.</param>
[GenerateSerializer, Immutable, Alias("capacity.TransferWave")]
public sealed record TransferWave(int StartDay, long Patients, long ToOtherOoads, int QuietDays, int LastBusyDay);
