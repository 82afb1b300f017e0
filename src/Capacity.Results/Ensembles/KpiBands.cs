using Capacity.Results.Reading;
using Capacity.Results.Statistics;

namespace Capacity.Results.Ensembles;

/// <summary><c>bands_kpis.csv</c>: one row per numeric KPI of the replicas' manifests with n, mean, P5, P50, P95.</summary>
internal static class KpiBands
{
    public const string FileName = "bands_kpis.csv";

    public static string Render(IReadOnlyList<IReadOnlyList<KpiValue>> replicas)
    {
        var lines = new List<string> { "kpi,n,mean,p5,p50,p95" };
        foreach (var (name, index) in replicas[0].Select((k, i) => (k.Name, i)))
        {
            var band = Band.Of(replicas.Select(r => r[index].Value));
            lines.Add(string.Join(',', name, band.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), CsvText.Number(band.Mean), CsvText.Number(band.P5), CsvText.Number(band.P50), CsvText.Number(band.P95)));
        }

        return CsvText.Lines(lines);
    }
}
