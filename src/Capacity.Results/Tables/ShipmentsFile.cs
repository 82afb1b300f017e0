using Capacity.Domain.Supply;

namespace Capacity.Results.Tables;

/// <summary>
/// <c>shipments.csv</c>: one row per consignment a warehouse sent, streamed in
/// <see cref="Capacity.Domain.Simulation.DayResult"/> order (sender, recipient, item, sequence). It leaves on <c>day</c> and is
/// due at the recipient on <c>due_day</c> (a transport disruption can hold it longer: the recipient's <c>received_*</c>
/// columns say when it was booked in).
/// </summary>
internal sealed class ShipmentsFile : IAsyncDisposable
{
    private static readonly string[] Header = ["day", "date", "from", "to", "item", "quantity", "due_day", "due_date"];

    private readonly CsvTableFile _csv;

    private ShipmentsFile(CsvTableFile csv)
    {
        _csv = csv;
    }

    public static ShipmentsFile Create(string directory) =>
        new(CsvTableFile.Create(Path.Combine(directory, OutputFileNames.Shipments), Header));

    public void Write(DateOnly date, DateOnly dueDate, Shipment shipment)
    {
        _csv.Int(shipment.ShippedDay);
        _csv.Date(date);
        _csv.Text(shipment.SenderId);
        _csv.Text(shipment.RecipientId);
        _csv.Text(SupplyItems.Code(shipment.Item));
        _csv.Long(shipment.Quantity);
        _csv.Int(shipment.DueDay);
        _csv.Date(dueDate);
        _csv.EndRow();
    }

    public ValueTask DisposeAsync() => _csv.DisposeAsync();
}
