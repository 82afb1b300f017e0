using System.Collections.Immutable;

namespace Capacity.Scenarios;

/// <summary>
/// Thrown when a scenario cannot be loaded; carries every problem found, not just the first, so a planner
/// can fix a file in one pass.
/// </summary>
public sealed class ScenarioException : Exception
{
    /// <summary>Creates the exception; the message lists every error, one per line.</summary>
    public ScenarioException(IEnumerable<ScenarioError> errors)
        : this(errors.ToImmutableArray())
    {
    }

    private ScenarioException(ImmutableArray<ScenarioError> errors)
        : base(string.Join('\n', errors.Select(e => e.ToString())))
    {
        if (errors.IsEmpty)
        {
            throw new ArgumentException("A scenario exception needs at least one error.", nameof(errors));
        }

        Errors = errors;
    }

    /// <summary>Every problem found, sorted by file, line, column and path.</summary>
    public ImmutableArray<ScenarioError> Errors { get; }
}
