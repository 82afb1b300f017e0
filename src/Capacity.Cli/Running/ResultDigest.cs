using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Capacity.Domain.Simulation;

namespace Capacity.Cli.Running;

/// <summary>
/// A SHA-256 over every hospital and warehouse number of a run, so a benchmark can show that the engines it
/// compares computed the same thing without writing files. The numbers are hashed as raw little-endian bytes, not
/// formatted as text: the digest runs inside the timed loop, and formatting a national year's 800k stock lines cost
/// more than a third of the inline kernel's time.
/// </summary>
internal sealed class ResultDigest
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _used;

    public void Add(DayResult day)
    {
        foreach (var h in day.Hospitals)
        {
            Text(h.HospitalId);
            Numbers(h.Day, h.Arrivals.Ward, h.Arrivals.Icu, h.Admitted.Ward, h.Admitted.Icu, h.Discharged.Ward, h.Discharged.Icu);
            Numbers(h.Died.Ward, h.Died.Icu, h.TurnedAwayDeaths, h.Census.Ward, h.Census.Icu);
            foreach (var s in h.Stock)
            {
                Numbers(s.OnHand, s.OnOrder, s.Received, s.Demand, s.Consumed, s.Shortfall, BitConverter.DoubleToInt64Bits(s.MeanDemand));
            }
        }

        foreach (var w in day.Warehouses)
        {
            Text(w.WarehouseId);
            Numbers(w.Day);
            foreach (var s in w.Stock)
            {
                Numbers(s.OnHand, s.OnOrder, s.InTransitOut, s.Received, s.Requested, s.Shipped, s.Backordered);
            }
        }

        foreach (var e in day.Events)
        {
            Numbers(e.Day, (long)e.Kind);
            Text(e.EntityId);
            Text(e.Subject);
            Text(e.Detail);
        }
    }

    public string Finish()
    {
        Flush();
        return Convert.ToHexStringLower(_hash.GetHashAndReset());
    }

    // Buffered: one AppendData per 64 KiB, not per number.
    private void Numbers(params ReadOnlySpan<long> values)
    {
        Reserve(values.Length * sizeof(long));
        foreach (var value in values)
        {
            BinaryPrimitives.WriteInt64LittleEndian(_buffer.AsSpan(_used), value);
            _used += sizeof(long);
        }
    }

    // Length-prefixed, so ("ab", "c") and ("a", "bc") differ.
    private void Text(string? text)
    {
        Numbers(text?.Length ?? -1);
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var bytes = Encoding.UTF8.GetByteCount(text);
        if (bytes > _buffer.Length)
        {
            Flush();
            _hash.AppendData(Encoding.UTF8.GetBytes(text));
            return;
        }

        Reserve(bytes);
        _used += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_used));
    }

    private void Reserve(int bytes)
    {
        if (_used + bytes > _buffer.Length)
        {
            Flush();
        }
    }

    private void Flush()
    {
        _hash.AppendData(_buffer, 0, _used);
        _used = 0;
    }
}
