using Capacity.Domain.Simulation;

namespace Capacity.Results.Tables;

/// <summary><c>events.csv</c>: the timeline, streamed in <see cref="DayResult"/> order.</summary>
internal sealed class EventsFile : IAsyncDisposable
{
    private static readonly string[] Header = ["day", "date", "entity_id", "kind", "subject", "detail"];

    private readonly CsvTableFile _csv;

    private EventsFile(CsvTableFile csv)
    {
        _csv = csv;
    }

    public static EventsFile Create(string directory) =>
        new(CsvTableFile.Create(Path.Combine(directory, OutputFileNames.Events), Header));

    /// <summary><c>CapacityReached</c> → <c>capacity_reached</c>.</summary>
    public static string KindCode(EventKind kind) => TextFormat.Code(kind);

    public void Write(DateOnly date, SimEvent e)
    {
        _csv.Int(e.Day);
        _csv.Date(date);
        _csv.Text(e.EntityId);
        _csv.Text(KindCode(e.Kind));
        _csv.Text(e.Subject);
        _csv.Text(e.Detail);
        _csv.EndRow();
    }

    public ValueTask DisposeAsync() => _csv.DisposeAsync();
}
