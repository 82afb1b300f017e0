using Bogus;
using Capacity.Scenarios.Tests.Support;

namespace Capacity.Scenarios.Tests.Parsing;

/// <summary>Whatever the text, the loader answers with a scenario or with located errors, never a crash.</summary>
public class MangledFileTests
{
    private static readonly string[] Fragments =
        ["", " ", "\n", ":", "- ", "[", "]", "{", "}", ",", "'", "\"", "#", "&a ", "*a", "!!int ", "~", "0x", ".nan", "-1", "1e999", "\t", "? "];

    [Fact]
    public void Mangled_scenario_text_gives_a_scenario_or_a_scenario_exception()
    {
        var original = File.ReadAllText(RepositoryRoot.Combine("scenarios", "national-2020.yaml"));
        var random = new Randomizer(20200227);

        for (var attempt = 0; attempt < 1500; attempt++)
        {
            var text = Mangle(original, random);

            var thrown = Record.Exception(() => ScenarioLoader.LoadText(text, "mangled.yaml"));

            Assert.True(thrown is null or ScenarioException, $"attempt {attempt}: {thrown}\n---\n{text}");
            Assert.All((thrown as ScenarioException)?.Errors ?? [], e => Assert.Equal("mangled.yaml", e.File));
        }
    }

    [Fact]
    public void Mangled_overrides_give_a_scenario_or_a_scenario_exception()
    {
        var random = new Randomizer(7);
        string[] paths = ["seed", "demand.waves[0]", "demand.waves[2].share", "supply.items.n95", "care", "outputs.formats[0]", "network"];

        for (var attempt = 0; attempt < 500; attempt++)
        {
            var setting = new ScenarioOverride(random.ArrayElement(paths), string.Concat(random.ArrayElements(Fragments, random.Int(0, 4))));

            var thrown = Record.Exception(() => ScenarioLoader.LoadText(ScenarioText.Minimal, "test.yaml", [setting]));

            Assert.True(thrown is null or ScenarioException, $"attempt {attempt}: {setting}: {thrown}");
        }
    }

    private static string Mangle(string text, Randomizer random)
    {
        for (var edits = random.Int(1, 4); edits > 0; edits--)
        {
            var at = random.Int(0, text.Length);
            var length = random.Int(0, Math.Min(12, text.Length - at));
            text = string.Concat(text.AsSpan(0, at), random.ArrayElement(Fragments), text.AsSpan(at + length));
        }

        return text;
    }
}
