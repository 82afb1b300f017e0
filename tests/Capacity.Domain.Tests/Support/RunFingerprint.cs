using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Capacity.Domain.Simulation;

namespace Capacity.Domain.Tests.Support;

/// <summary>
/// A SHA-256 over every hospital's patient flow, census and stock of a run, as the fields stood before step-up and
/// step-down existed, so a test can prove that a run without transfers reproduces the earlier results exactly.
/// </summary>
public static class RunFingerprint
{
    /// <summary>The run's fingerprint (lower-case hex).</summary>
    public static string Of(IReadOnlyList<DayResult> days)
    {
        var text = new StringBuilder();
        foreach (var day in days)
        {
            foreach (var h in day.Hospitals)
            {
                text.Append(CultureInfo.InvariantCulture, $"{h.Day}|{h.HospitalId}|{h.Beds}|{h.Arrivals}|{h.Admitted}|{h.TurnedAway}|");
                text.Append(CultureInfo.InvariantCulture, $"{h.Discharged}|{h.Died}|{h.TurnedAwayDeaths}|{h.Census}|{h.StretcherCensus}|{h.Phase}|{h.Role}|");
                foreach (var s in h.Stock)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{s.OnHand},{s.OnOrder},{s.Received},{s.Demand},{s.Consumed},{s.Shortfall},{s.MeanDemand:R};");
                }

                text.Append('\n');
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
