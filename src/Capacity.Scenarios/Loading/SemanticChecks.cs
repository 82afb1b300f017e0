using System.Globalization;
using Capacity.Domain.Network;
using Capacity.Domain.Supply;
using Capacity.Scenarios.BuiltIn;
using Newtonsoft.Json.Linq;

namespace Capacity.Scenarios.Loading;

/// <summary>
/// The rules JSON Schema cannot express: real calendar dates, names that must resolve (network, OOAD, item),
/// wave shares summing to 1, order-up-to levels above reorder points, and the reconversion rules of
/// <see cref="ReconversionChecks"/>. Each check skips values the schema already rejected, so one mistake gives one
/// error.
/// </summary>
internal sealed class SemanticChecks
{
    /// <summary>Tolerance on the sum of wave shares: decimal shares such as 0.1 + 0.2 + 0.7 are not exact in binary.</summary>
    public const double ShareTolerance = 1e-9;

    private const string DateFormat = "yyyy-MM-dd";

    private readonly Diagnostics _diagnostics;

    private SemanticChecks(Diagnostics diagnostics)
    {
        _diagnostics = diagnostics;
    }

    /// <summary>Runs every check and returns the resolved network, or null when <c>network.builtin</c> does not resolve.</summary>
    public static HospitalNetwork? Run(JToken root, Diagnostics diagnostics)
    {
        var checks = new SemanticChecks(diagnostics);
        checks.FiniteNumbers(root);
        if (root is not JObject scenario)
        {
            return null;
        }

        checks.Date(scenario["start"]);
        var network = checks.Network(scenario["network"] as JObject);
        var demand = scenario["demand"] as JObject;
        checks.Waves(demand?["waves"] as JArray);
        SeirYaml.Check(demand?["seir"] as JObject, diagnostics);
        if (network is not null)
        {
            checks.Regions(demand?["regions"] as JObject, network);
        }

        var supply = scenario["supply"] as JObject;
        checks.Items(supply?["items"] as JObject);
        checks.Reorder(supply?["hospitalReorder"] as JObject, ScenarioDefaults.HospitalReorder);
        checks.Reorder(supply?["regionalReorder"] as JObject, ScenarioDefaults.RegionalReorder);
        checks.Reorder(supply?["centralReorder"] as JObject, ScenarioDefaults.CentralReorder);
        ReconversionChecks.Run(scenario["reconversion"] as JObject, network, diagnostics);
        StaffingYaml.Check(scenario["staffing"] as JObject, diagnostics);
        TransfersYaml.Check(scenario["transfers"] as JObject, network, diagnostics);
        ShocksYaml.Check(scenario["shocks"] as JArray, network, diagnostics);
        EquipmentYaml.Check(scenario["equipment"] as JObject, network, diagnostics);
        OxygenYaml.Check(scenario["oxygen"] as JObject, diagnostics);
        return network;
    }

    /// <summary>The number a validated token holds, or null when it is missing or the wrong type.</summary>
    public static double? NumberOf(JToken? token) =>
        token is JValue { Type: JTokenType.Integer or JTokenType.Float } value ? value.Value<double>() : null;

    /// <summary>The whole number a validated token holds, or null when it is missing or the wrong type.</summary>
    public static int? IntegerOf(JToken? token) =>
        token is JValue { Type: JTokenType.Integer } value ? value.Value<int>() : null;

    /// <summary>The boolean a validated token holds, or null when it is missing or the wrong type.</summary>
    public static bool? BoolOf(JToken? token) =>
        token is JValue { Type: JTokenType.Boolean } value ? value.Value<bool>() : null;

    /// <summary>The date a validated token holds, or null when it is missing or not a real yyyy-MM-dd date.</summary>
    public static DateOnly? DateOf(JToken? token) =>
        token is JValue { Type: JTokenType.String, Value: string text }
        && DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    private void FiniteNumbers(JToken root)
    {
        // The YAML core schema reads .nan and .inf as floats, and NaN passes every range check.
        var values = root is JContainer container ? container.DescendantsAndSelf() : [root];
        foreach (var value in values.OfType<JValue>())
        {
            if (value.Type == JTokenType.Float && !double.IsFinite(value.Value<double>()) && !_diagnostics.IsFlagged(value))
            {
                _diagnostics.Report(value, $"must be a finite number, got {_diagnostics.LocationOf(value).Text}");
            }
        }
    }

    /// <summary>Reports a string that is not a real calendar date written yyyy-MM-dd.</summary>
    public static void Date(JToken? token, Diagnostics diagnostics)
    {
        if (token is JValue { Type: JTokenType.String } && !diagnostics.IsFlagged(token) && DateOf(token) is null)
        {
            diagnostics.Report(token, $"expected a date written yyyy-MM-dd, got '{token.Value<string>()}'");
        }
    }

    private void Date(JToken? token) => Date(token, _diagnostics);

    private HospitalNetwork? Network(JObject? network)
    {
        var builtin = network?["builtin"];
        if (builtin is not JValue { Type: JTokenType.String, Value: string name } || _diagnostics.IsFlagged(builtin))
        {
            return null;
        }

        var found = BuiltInNetworks.Find(name);
        if (found is null)
        {
            _diagnostics.Report(
                builtin,
                $"unknown network '{name}'{Suggestions.DidYouMean(name, BuiltInNetworks.Names)}; known: {string.Join(", ", BuiltInNetworks.Names)}");
        }

        return found;
    }

    private void Waves(JArray? waves)
    {
        if (waves is null)
        {
            return;
        }

        foreach (var wave in waves.OfType<JObject>())
        {
            Date(wave["peak"]);
        }

        var shares = waves.Select(w => (w as JObject)?["share"]).ToList();
        if (waves.Count == 0 || shares.Any(s => NumberOf(s) is null || _diagnostics.IsFlagged(s!)))
        {
            return;
        }

        var sum = shares.Sum(s => NumberOf(s)!.Value);
        if (Math.Abs(sum - 1.0) > ShareTolerance)
        {
            var terms = string.Join(" + ", shares.Select(s => _diagnostics.LocationOf(s!).Text));
            _diagnostics.Report(waves, $"wave shares must sum to 1, got {sum.ToString("R", CultureInfo.InvariantCulture)} ({terms})");
        }
    }

    private void Regions(JObject? regions, HospitalNetwork network)
    {
        if (regions is null)
        {
            return;
        }

        var codes = network.Ooads.Select(o => o.Code).ToList();
        foreach (var region in regions.Properties())
        {
            if (!codes.Contains(region.Name, StringComparer.Ordinal))
            {
                _diagnostics.Report(
                    region,
                    $"unknown OOAD '{region.Name}' in network {network.Name}{Suggestions.DidYouMean(region.Name, codes)}; known: {string.Join(", ", codes)}");
            }
        }
    }

    private void Items(JObject? items)
    {
        if (items is null)
        {
            return;
        }

        var codes = SupplyItems.All.Select(SupplyItems.Code).ToList();
        foreach (var item in items.Properties())
        {
            if (SupplyItems.FromCode(item.Name) is null)
            {
                _diagnostics.Report(
                    item,
                    $"unknown item '{item.Name}'{Suggestions.DidYouMean(item.Name, codes)}; known: {string.Join(", ", codes)}");
            }
        }
    }

    private void Reorder(JObject? rule, ReorderRule defaults)
    {
        var point = rule?["reorderPointDays"];
        var upTo = rule?["orderUpToDays"];
        if (rule is null || (point is not null && _diagnostics.IsFlagged(point)) || (upTo is not null && _diagnostics.IsFlagged(upTo)))
        {
            return;
        }

        var pointDays = NumberOf(point) ?? defaults.ReorderPointDays;
        var upToDays = NumberOf(upTo) ?? defaults.OrderUpToDays;
        if (upToDays >= pointDays)
        {
            return;
        }

        var shownPoint = pointDays.ToString("R", CultureInfo.InvariantCulture);
        var shownUpTo = upToDays.ToString("R", CultureInfo.InvariantCulture);
        if (upTo is not null)
        {
            _diagnostics.Report(upTo, $"must be ≥ reorderPointDays ({shownPoint}), got {shownUpTo}");
        }
        else
        {
            _diagnostics.Report(point!, $"must be ≤ orderUpToDays ({shownUpTo}, the default), got {shownPoint}");
        }
    }
}
