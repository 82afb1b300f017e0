using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Capacity.Scenarios.Loading;

/// <summary>Parses scenario text into YamlDotNet's representation model, which keeps every node's position.</summary>
internal static class YamlDocumentReader
{
    /// <summary>What YamlDotNet says when its scanner gives up without a position of its own.</summary>
    public const string UnparsableMessage = "invalid YAML near this point; check brackets, quotes and indentation";

    /// <summary>The root node of the single document, or null after reporting why there is none.</summary>
    public static YamlNode? Read(string text, Diagnostics diagnostics)
    {
        var stream = Load(text, out var problem, out var at);
        if (stream is null)
        {
            diagnostics.Add(new ScenarioError(diagnostics.File, (int)at.Line, (int)at.Column, "", problem!));
            return null;
        }

        if (stream.Documents.Count == 0 || IsEmptyScalar(stream.Documents[0].RootNode))
        {
            diagnostics.Add(new ScenarioError(diagnostics.File, 1, 1, "", "the scenario is empty; it needs at least name, seed, start, days and network"));
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode.Start;
            diagnostics.Add(new ScenarioError(
                diagnostics.File, (int)second.Line, (int)second.Column, "", $"expected one YAML document, found {stream.Documents.Count}"));
            return null;
        }

        return stream.Documents[0].RootNode;
    }

    /// <summary>The parsed stream, or null with the parser's message and position.</summary>
    public static YamlStream? Load(string text, out string? problem, out Mark at)
    {
        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(text));
        try
        {
            stream.Load(new Parser(scanner));
            problem = null;
            at = Mark.Empty;
            return stream;
        }
        catch (YamlException ex)
        {
            problem = ex.Message;
            // Some scanner errors carry only the construct they were inside ("while scanning a mapping, found invalid
            // tab as indentation" starts and ends at the mapping, line 1); the scanner itself has stopped at the offending
            // character, which is what the author needs. Other errors (duplicate keys, missing content) point at the node.
            at = ex is SyntaxErrorException && ex.Start.Equals(ex.End) && scanner.CurrentPosition.Line > ex.Start.Line
                ? scanner.CurrentPosition
                : ex.Start;
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // On some malformed input (unclosed flow collections, stray tokens) YamlDotNet fails with these
            // instead of a YamlException; the scanner's position is then the best mark there is.
            problem = UnparsableMessage;
            at = scanner.CurrentPosition;
            return null;
        }
    }

    private static bool IsEmptyScalar(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: var text } && CoreSchema.IsNull(text ?? "");
}
