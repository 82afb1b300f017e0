using System.Collections.Immutable;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Capacity.Scenarios.Loading;

/// <summary>Parses the two halves of <c>--set path=value</c>.</summary>
internal static class OverrideSyntax
{
    /// <summary>
    /// Splits <c>a.b[0].c</c> into keys and indices; null with a reason when the path is malformed.
    /// </summary>
    public static ImmutableArray<OverrideSegment>? ParsePath(string path, out string? problem)
    {
        problem = null;
        if (path.Length == 0)
        {
            problem = "the path before '=' is empty";
            return null;
        }

        var segments = ImmutableArray.CreateBuilder<OverrideSegment>();
        foreach (var part in path.Split('.'))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            var key = bracket < 0 ? part : part[..bracket];
            if (key.Length == 0 || key.Any(c => char.IsWhiteSpace(c) || c is ']' or '='))
            {
                problem = $"malformed path '{path}': each step is a field name, optionally followed by [index]";
                return null;
            }

            segments.Add(new OverrideSegment(key, 0));
            if (bracket >= 0 && !TryIndices(part[bracket..], segments))
            {
                problem = $"malformed index in '{path}': write [0], [1], ...";
                return null;
            }
        }

        return segments.ToImmutable();
    }

    /// <summary>The value as a YAML node (a scalar, or a flow sequence or mapping); null with a reason when it does not parse.</summary>
    public static YamlNode? ParseValue(string value, out string? problem)
    {
        var stream = YamlDocumentReader.Load(value, out var parseProblem, out _);
        if (stream is null)
        {
            problem = $"cannot parse the value '{value}': {parseProblem}";
            return null;
        }

        problem = null;

        if (stream.Documents.Count > 1)
        {
            problem = $"the value '{value}' holds {stream.Documents.Count} YAML documents; give one value";
            return null;
        }

        // An empty value is YAML's empty scalar (null), as in a file's "key:" with nothing after it.
        return stream.Documents.Count == 0 ? new YamlScalarNode("") { Style = ScalarStyle.Plain } : stream.Documents[0].RootNode;
    }

    private static bool TryIndices(string text, ImmutableArray<OverrideSegment>.Builder segments)
    {
        var rest = text;
        while (rest.Length > 0)
        {
            var close = rest.IndexOf(']', StringComparison.Ordinal);
            if (rest[0] != '[' || close < 2)
            {
                return false;
            }

            var digits = rest[1..close];
            if (!digits.All(char.IsAsciiDigit)
                || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                return false;
            }

            segments.Add(new OverrideSegment(null, index));
            rest = rest[(close + 1)..];
        }

        return true;
    }
}
