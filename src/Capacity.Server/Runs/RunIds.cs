using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Capacity.Server.Runs;

/// <summary>
/// Run ids are directory names under the runs folder: lower-case letters, digits, '.', '_' and '-', so an id taken from
/// a URL can never name a path outside it. New ids read <c>scenario-seed-yyyyMMdd-HHmmss-xxxx</c> (the wall clock names
/// the run only; it never enters the model).
/// </summary>
internal static partial class RunIds
{
    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    public static string New(string scenario, long seed, DateTimeOffset now)
    {
        var name = new StringBuilder();
        foreach (var c in scenario.ToLowerInvariant())
        {
            name.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        }

        var stem = name.Length == 0 ? "run" : name.ToString(0, Math.Min(name.Length, 60)).Trim('-');
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{(stem.Length == 0 ? "run" : stem)}-{seed}-{now:yyyyMMdd-HHmmss}-{RandomNumberGenerator.GetHexString(4, lowercase: true)}");
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")]
    private static partial Regex Pattern();
}
