using Capacity.Domain.Transfers;

namespace Capacity.Results.Tables;

/// <summary>
/// <c>transfers.csv</c>: one row per (sending, receiving) hospital pair per day with patients moved, streamed in
/// <see cref="Capacity.Domain.Simulation.DayResult"/> order. The patients leave on <c>day</c> and arrive the next day.
/// </summary>
internal sealed class TransfersFile : IAsyncDisposable
{
    private static readonly string[] Header =
        ["day", "date", "from_hospital", "from_ooad", "to_hospital", "to_ooad", "ward", "icu", "between_ooads"];

    private readonly CsvTableFile _csv;

    private TransfersFile(CsvTableFile csv)
    {
        _csv = csv;
    }

    public static TransfersFile Create(string directory) =>
        new(CsvTableFile.Create(Path.Combine(directory, OutputFileNames.Transfers), Header));

    public void Write(DateOnly date, PatientTransfer transfer)
    {
        _csv.Int(transfer.Day);
        _csv.Date(date);
        _csv.Text(transfer.FromHospital);
        _csv.Text(transfer.FromOoad);
        _csv.Text(transfer.ToHospital);
        _csv.Text(transfer.ToOoad);
        _csv.Int(transfer.Patients.Ward);
        _csv.Int(transfer.Patients.Icu);
        _csv.Int(transfer.BetweenOoads ? 1 : 0);
        _csv.EndRow();
    }

    public ValueTask DisposeAsync() => _csv.DisposeAsync();
}
