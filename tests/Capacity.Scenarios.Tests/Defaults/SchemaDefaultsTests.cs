using Capacity.Scenarios.Tests.Support;
using Newtonsoft.Json.Linq;
using YamlDotNet.RepresentationModel;

namespace Capacity.Scenarios.Tests.Defaults;

/// <summary>The schema documents defaults for editors; they must be the ones the loader applies.</summary>
public class SchemaDefaultsTests
{
    [Fact]
    public void Every_schema_default_equals_the_loaded_default()
    {
        var schema = JObject.Parse(File.ReadAllText(RepositoryRoot.Combine("scenarios", "schema", "scenario.schema.json")));
        var effective = ToJson(ScenarioText.Load(ScenarioText.Minimal).EffectiveYaml);

        var defaults = Defaults(schema, schema, "").ToList();

        Assert.Equal(91, defaults.Count);
        Assert.All(defaults, d => Assert.True(
            JToken.DeepEquals(d.Default, effective.SelectToken(d.Path)),
            $"{d.Path}: schema default {d.Default.ToString(Newtonsoft.Json.Formatting.None)}, loaded {effective.SelectToken(d.Path)?.ToString(Newtonsoft.Json.Formatting.None)}"));
    }

    [Fact]
    public void Every_schema_property_has_a_description()
    {
        var schema = JObject.Parse(File.ReadAllText(RepositoryRoot.Combine("scenarios", "schema", "scenario.schema.json")));

        var undocumented = schema.Descendants().OfType<JProperty>()
            .Where(p => p.Name == "properties")
            .SelectMany(p => ((JObject)p.Value).Properties())
            .Where(p => p.Value["description"] is null)
            .Select(p => p.Path)
            .ToList();

        Assert.Empty(undocumented);
    }

    private static IEnumerable<(string Path, JToken Default)> Defaults(JObject root, JObject schema, string path)
    {
        if (schema["default"] is { } value && path.Length > 0)
        {
            yield return (path, value);
        }

        var resolved = schema["$ref"] is JValue reference
            ? (JObject)root.SelectToken(reference.Value<string>()!.TrimStart('#', '/').Replace('/', '.'))!
            : schema;
        foreach (var property in (resolved["properties"] as JObject)?.Properties() ?? [])
        {
            foreach (var inner in Defaults(root, (JObject)property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}"))
            {
                yield return inner;
            }
        }
    }

    private static JToken ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents[0].RootNode);
    }

    private static JToken Convert(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JObject(mapping.Children.Select(c => new JProperty(((YamlScalarNode)c.Key).Value!, Convert(c.Value)))),
        YamlSequenceNode sequence => new JArray(sequence.Children.Select(Convert)),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.DoubleQuoted } scalar => new JValue(scalar.Value),
        YamlScalarNode scalar => long.TryParse(scalar.Value, out var integer) ? new JValue(integer)
            : double.TryParse(scalar.Value, System.Globalization.CultureInfo.InvariantCulture, out var number) ? new JValue(number)
            : bool.TryParse(scalar.Value, out var flag) ? new JValue(flag)
            : new JValue(scalar.Value),
        _ => JValue.CreateNull(),
    };
}
