using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Capacity.Domain.Simulation;

namespace Capacity.Cli.Running;

/// <summary>
/// A SHA-256 over every hospital and warehouse number of a run, so a benchmark can show that the engines it
/// compares computed the same thing without writing files.
/// </summary>
internal sealed class ResultDigest
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly StringBuilder _line = new();

    public void Add(DayResult day)
    {
        _line.Clear();
        foreach (var h in day.Hospitals)
        {
            _line.Append(CultureInfo.InvariantCulture, $"{h.Day}|{h.HospitalId}|{h.Arrivals}|{h.Admitted}|{h.Discharged}|{h.Died}|{h.TurnedAwayDeaths}|{h.Census}");
            foreach (var s in h.Stock)
            {
                _line.Append(CultureInfo.InvariantCulture, $"|{s.OnHand},{s.OnOrder},{s.Received},{s.Demand},{s.Consumed},{s.Shortfall},{s.MeanDemand:R}");
            }

            _line.Append('\n');
        }

        foreach (var w in day.Warehouses)
        {
            _line.Append(CultureInfo.InvariantCulture, $"{w.Day}|{w.WarehouseId}");
            foreach (var s in w.Stock)
            {
                _line.Append(CultureInfo.InvariantCulture, $"|{s.OnHand},{s.OnOrder},{s.InTransitOut},{s.Received},{s.Requested},{s.Shipped},{s.Backordered}");
            }

            _line.Append('\n');
        }

        foreach (var e in day.Events)
        {
            _line.Append(CultureInfo.InvariantCulture, $"{e.Day}|{e.EntityId}|{e.Kind}|{e.Subject}|{e.Detail}\n");
        }

        _hash.AppendData(Encoding.UTF8.GetBytes(_line.ToString()));
    }

    public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset());
}
