namespace Capacity.Scenarios.Loading;

/// <summary>"Did you mean ...?" hints for misspelt field names, OOAD codes and item codes.</summary>
internal static class Suggestions
{
    /// <summary>
    /// " (did you mean 'x'?)" for the closest candidate within a third of the word's length (at least one edit),
    /// or an empty string when nothing is close.
    /// </summary>
    public static string DidYouMean(string word, IEnumerable<string> candidates)
    {
        var limit = Math.Max(1, word.Length / 3);
        var best = candidates
            .Select(c => (Candidate: c, Distance: Distance(word.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .Select(c => c.Candidate)
            .FirstOrDefault();
        return best is null ? "" : $" (did you mean '{best}'?)";
    }

    /// <summary>Levenshtein distance (insertions, deletions, substitutions).</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
