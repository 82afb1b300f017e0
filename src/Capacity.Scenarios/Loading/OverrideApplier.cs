using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Capacity.Scenarios.Loading;

/// <summary>
/// Applies <c>--set</c> overrides to the YAML node tree before validation, so an overridden value is checked
/// exactly like a written one. Missing mappings on the way are created; an index may address an existing item
/// or append one (index = count).
/// </summary>
internal sealed class OverrideApplier
{
    private readonly Dictionary<YamlNode, ScenarioOverride> _owners = new(ReferenceEqualityComparer.Instance);
    private readonly Diagnostics _diagnostics;

    private OverrideApplier(Diagnostics diagnostics)
    {
        _diagnostics = diagnostics;
    }

    /// <summary>
    /// Applies the overrides in order (a later one wins) and returns the nodes each created, so errors in them
    /// name <c>--set</c> and the override path instead of a file position.
    /// </summary>
    public static IReadOnlyDictionary<YamlNode, ScenarioOverride> Apply(
        YamlNode root, IReadOnlyList<ScenarioOverride> overrides, Diagnostics diagnostics)
    {
        var applier = new OverrideApplier(diagnostics);
        foreach (var setting in overrides)
        {
            applier.ApplyOne(root, setting);
        }

        return applier._owners;
    }

    private void ApplyOne(YamlNode root, ScenarioOverride setting)
    {
        var segments = OverrideSyntax.ParsePath(setting.Path, out var problem);
        var value = segments is null ? null : OverrideSyntax.ParseValue(setting.Value, out problem);
        if (segments is not { } steps || value is null)
        {
            _diagnostics.Add(setting.Error(problem ?? "malformed override"));
            return;
        }

        _owners[value] = setting;
        var current = root;
        var walked = "";
        for (var i = 0; i < steps.Length; i++)
        {
            var last = i == steps.Length - 1;
            var child = last ? value : NewContainer(steps[i + 1]);
            var reached = steps[i].IsIndex
                ? Item(current, walked, steps[i].Index, child, last, setting)
                : Field(current, walked, steps[i].Key!, child, last, setting);
            if (reached is null)
            {
                return;
            }

            current = reached;
            walked += steps[i].IsIndex || i == 0 ? steps[i].ToString() : "." + steps[i];
        }
    }

    /// <summary>The value under <paramref name="key"/>, after inserting <paramref name="child"/> where needed.</summary>
    private YamlNode? Field(YamlNode current, string walked, string key, YamlNode child, bool replace, ScenarioOverride setting)
    {
        if (current is not YamlMappingNode mapping)
        {
            Fail(setting, current, walked, "a mapping");
            return null;
        }

        var existing = mapping.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: { } name } && name == key);
        if (existing is null)
        {
            var created = new YamlScalarNode(key);
            _owners[created] = setting;
            _owners[child] = setting;
            mapping.Children.Add(created, child);
            return child;
        }

        var present = mapping.Children[existing];
        if (replace || IsEmpty(present))
        {
            _owners[child] = setting;
            mapping.Children[existing] = child;
            return child;
        }

        return present;
    }

    /// <summary>The item at <paramref name="index"/>, after replacing or appending <paramref name="child"/> where needed.</summary>
    private YamlNode? Item(YamlNode current, string walked, int index, YamlNode child, bool replace, ScenarioOverride setting)
    {
        if (current is not YamlSequenceNode sequence)
        {
            Fail(setting, current, walked, "a sequence");
            return null;
        }

        var count = sequence.Children.Count;
        if (index > count)
        {
            var range = count == 0 ? "[0] to append the first item" : $"[0] to [{count - 1}], or [{count}] to append";
            _diagnostics.Add(setting.Error($"index {index} is out of range: '{walked}' has {count} item(s); use {range}"));
            return null;
        }

        if (index == count)
        {
            _owners[child] = setting;
            sequence.Children.Add(child);
            return child;
        }

        if (replace || IsEmpty(sequence.Children[index]))
        {
            _owners[child] = setting;
            sequence.Children[index] = child;
            return child;
        }

        return sequence.Children[index];
    }

    private void Fail(ScenarioOverride setting, YamlNode current, string walked, string expected)
    {
        var what = current switch
        {
            YamlMappingNode => "a mapping",
            YamlSequenceNode => "a sequence",
            _ => $"the scalar '{((YamlScalarNode)current).Value}'",
        };
        var place = walked.Length == 0 ? "the document" : $"'{walked}'";
        _diagnostics.Add(setting.Error($"cannot set '{setting.Path}': {place} is {what}, not {expected}"));
    }

    // "key:" with nothing after it is an empty scalar; an override may build the mapping it lacks.
    private static bool IsEmpty(YamlNode node) =>
        node is YamlScalarNode { Value: var text, Style: ScalarStyle.Plain or ScalarStyle.Any }
        && CoreSchema.IsNull(text ?? "");

    private static YamlNode NewContainer(OverrideSegment next) =>
        next.IsIndex ? new YamlSequenceNode() : new YamlMappingNode();
}
