using Newtonsoft.Json.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Capacity.Scenarios.Loading;

/// <summary>
/// Converts the YAML node tree to JSON for schema validation, recording for every token the YAML position it
/// came from (or the <c>--set</c> that produced it).
/// </summary>
internal sealed class YamlToJson
{
    private const string CoreTagPrefix = "tag:yaml.org,2002:";

    private readonly IReadOnlyDictionary<YamlNode, ScenarioOverride> _owners;
    private readonly Diagnostics _diagnostics;

    private YamlToJson(IReadOnlyDictionary<YamlNode, ScenarioOverride> owners, Diagnostics diagnostics)
    {
        _owners = owners;
        _diagnostics = diagnostics;
    }

    /// <summary>The JSON form of <paramref name="root"/>; positions go into <paramref name="diagnostics"/>.</summary>
    /// <param name="owners">Nodes created by overrides; their descendants inherit the owner.</param>
    public static JToken Convert(YamlNode root, IReadOnlyDictionary<YamlNode, ScenarioOverride> owners, Diagnostics diagnostics) =>
        new YamlToJson(owners, diagnostics).Node(root, "", null);

    private JToken Node(YamlNode node, string path, ScenarioOverride? inherited)
    {
        var owner = _owners.TryGetValue(node, out var own) ? own : inherited;
        string? problem = null;
        JToken token = node switch
        {
            YamlMappingNode mapping => Mapping(mapping, path, owner),
            YamlSequenceNode sequence => Sequence(sequence, path, owner),
            YamlScalarNode scalar => Scalar(scalar, out problem),
            _ => JValue.CreateNull(),
        };
        _diagnostics.Locate(token, Locate(node, path, (node as YamlScalarNode)?.Value, owner));
        if (problem is not null)
        {
            _diagnostics.Report(token, problem);
        }

        return token;
    }

    private JObject Mapping(YamlMappingNode mapping, string path, ScenarioOverride? owner)
    {
        var json = new JObject();
        foreach (var (key, value) in mapping.Children)
        {
            var keyOwner = _owners.TryGetValue(key, out var own) ? own : owner;
            if (key is not YamlScalarNode { Value: { } name })
            {
                var location = Locate(key, path, null, keyOwner);
                _diagnostics.Add(location, path, "mapping keys must be plain names, not mappings or sequences");
                continue;
            }

            var childPath = path.Length == 0 ? name : $"{path}.{name}";
            if (json.ContainsKey(name))
            {
                _diagnostics.Add(Locate(key, childPath, name, keyOwner), childPath, $"duplicate field '{name}'");
                continue;
            }

            var property = new JProperty(name, Node(value, childPath, keyOwner));
            json.Add(property);
            _diagnostics.Locate(property, Locate(key, childPath, name, keyOwner));
        }

        return json;
    }

    private JArray Sequence(YamlSequenceNode sequence, string path, ScenarioOverride? owner)
    {
        var json = new JArray();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            json.Add(Node(sequence.Children[i], $"{path}[{i}]", owner));
        }

        return json;
    }

    private static JValue Scalar(YamlScalarNode scalar, out string? problem)
    {
        problem = null;
        var text = scalar.Value ?? "";
        if (scalar.Tag.IsEmpty || scalar.Tag.IsNonSpecific && scalar.Tag.Value != "!")
        {
            // Quoted and block scalars are strings; only plain scalars get core-schema types.
            return scalar.Style is ScalarStyle.Plain or ScalarStyle.Any ? CoreSchema.ResolvePlain(text) : JValue.CreateString(text);
        }

        var tag = scalar.Tag.Value;
        if (tag is "!" or CoreTagPrefix + "str")
        {
            return JValue.CreateString(text);
        }

        var resolved = CoreSchema.ResolvePlain(text);
        var matches = tag switch
        {
            CoreTagPrefix + "null" => resolved.Type == JTokenType.Null,
            CoreTagPrefix + "bool" => resolved.Type == JTokenType.Boolean,
            CoreTagPrefix + "int" => resolved.Type == JTokenType.Integer,
            CoreTagPrefix + "float" => resolved.Type is JTokenType.Float or JTokenType.Integer,
            _ => false,
        };
        if (!matches)
        {
            problem = tag.StartsWith(CoreTagPrefix, StringComparison.Ordinal)
                ? $"'{text}' is not a valid !!{tag[CoreTagPrefix.Length..]}"
                : $"unsupported tag '{tag}'";
            return JValue.CreateString(text);
        }

        return tag == CoreTagPrefix + "float" ? new JValue(resolved.Value<double>()) : resolved;
    }

    private static NodeLocation Locate(YamlNode node, string path, string? text, ScenarioOverride? owner) =>
        owner is null
            ? new NodeLocation(path, (int)node.Start.Line, (int)node.Start.Column, text, null)
            : new NodeLocation(path, 0, 0, text, owner);
}
