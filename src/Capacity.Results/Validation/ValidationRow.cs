using System.Globalization;

namespace Capacity.Results.Validation;

/// <summary>One figure of the validation table: the seed's value against the run's.</summary>
/// <param name="Figure">The seed figure.</param>
/// <param name="Model">The run's value; null when the run cannot give one.</param>
/// <param name="Unavailable">Why there is no model value (<see cref="NotReached"/>, <see cref="DateNotSimulated"/>).</param>
/// <param name="Error">(model − seed) ÷ seed; null without a model value.</param>
/// <param name="Within">The error is within the tolerance; false without a model value.</param>
public sealed record ValidationRow(SeedFigure Figure, long? Model, string? Unavailable, double? Error, bool Within)
{
    /// <summary>The run never entered the phase the figure is about.</summary>
    public const string NotReached = "not reached";

    /// <summary>The run does not cover the date the figure is about.</summary>
    public const string DateNotSimulated = "date not simulated";

    // Absorbs the rounding of tolerance × seed, so that exactly 5% off counts as within ±5%.
    private const double Slack = 1e-9;

    /// <summary>A row with a model value, within <paramref name="tolerance"/> when |model − seed| ≤ tolerance × seed.</summary>
    public static ValidationRow Measured(SeedFigure figure, long model, double tolerance)
    {
        var difference = model - (double)figure.Value;
        return new ValidationRow(
            figure,
            model,
            null,
            difference / figure.Value,
            Math.Abs(difference) <= (tolerance * figure.Value) + Slack);
    }

    /// <summary>A row the run cannot compute; it never counts as within the tolerance.</summary>
    public static ValidationRow Missing(SeedFigure figure, string reason) => new(figure, null, reason, null, false);

    /// <summary>The seed value with thousands separators.</summary>
    public string SeedText => Figure.Value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>The model value with thousands separators, or why there is none.</summary>
    public string ModelText => Model is { } m ? m.ToString("N0", CultureInfo.InvariantCulture) : Unavailable ?? NotReached;

    /// <summary>The error as a signed percentage with two decimals (<c>+1.25%</c>, <c>-0.04%</c>, <c>0.00%</c>), or a dash.</summary>
    public string ErrorText => Error is { } e ? (e * 100).ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary><c>yes</c> or <c>no</c>.</summary>
    public string WithinText => Within ? "yes" : "no";

    /// <summary>The six cells of the table row, in column order.</summary>
    public IReadOnlyList<string> Cells => [Figure.Name, Figure.Reference, SeedText, ModelText, ErrorText, WithinText];
}
