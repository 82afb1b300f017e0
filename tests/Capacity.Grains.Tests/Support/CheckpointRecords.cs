using System.Collections.Concurrent;
using System.Globalization;
using Orleans.Storage;

namespace Capacity.Grains.Tests.Support;

/// <summary>
/// The records of <see cref="SerializingCheckpointStorage"/>, shared by every silo of a test cluster and outside all of
/// them (so they survive a silo's loss), with ETag checks like the real providers. <see cref="FailNext"/> makes the
/// next calls fail, as a database that is down.
/// </summary>
public sealed class CheckpointRecords
{
    private readonly ConcurrentDictionary<string, (byte[] Payload, int Version)> _records = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private int _failuresLeft;

    /// <summary>Keys of the records held now (<c>state/grain key</c>).</summary>
    public IReadOnlyCollection<string> Keys => [.. _records.Keys];

    /// <summary>Makes the next <paramref name="calls"/> reads, writes or clears fail.</summary>
    public void FailNext(int calls) => Interlocked.Exchange(ref _failuresLeft, calls);

    internal (byte[] Payload, string ETag)? Read(string key)
    {
        FailIfAsked();
        return _records.TryGetValue(key, out var record) ? (record.Payload, Text(record.Version)) : null;
    }

    internal string Write(string key, string? etag, byte[] payload)
    {
        FailIfAsked();
        lock (_gate)
        {
            var version = CheckETag(key, etag) + 1;
            _records[key] = (payload, version);
            return Text(version);
        }
    }

    internal void Clear(string key, string? etag)
    {
        FailIfAsked();
        lock (_gate)
        {
            CheckETag(key, etag);
            _records.TryRemove(key, out _);
        }
    }

    private static string Text(int version) => version.ToString(CultureInfo.InvariantCulture);

    private int CheckETag(string key, string? etag)
    {
        var stored = _records.TryGetValue(key, out var record) ? record.Version : 0;
        var given = etag is null ? 0 : int.Parse(etag, CultureInfo.InvariantCulture);
        return stored == given
            ? stored
            : throw new InconsistentStateException($"ETag {etag ?? "null"} does not match stored version {stored} of {key}.");
    }

    private void FailIfAsked()
    {
        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            throw new IOException("Checkpoint storage is down (test).");
        }
    }
}
