namespace Capacity.Results.Tables;

/// <summary>A growable typed array that hands out slices without copying (one per Parquet row group).</summary>
internal sealed class ColumnBuffer<T>
{
    private T[] _items;

    public ColumnBuffer(int capacity)
    {
        _items = new T[Math.Max(capacity, 16)];
    }

    public int Count { get; private set; }

    public void Add(T value)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = value;
    }

    public ReadOnlyMemory<T> Slice(int start, int length) => new(_items, start, length);

    public ArraySegment<T> Segment(int start, int length) => new(_items, start, length);
}
