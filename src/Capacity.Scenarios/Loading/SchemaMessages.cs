using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Capacity.Scenarios.Loading;

/// <summary>Planner-readable wording of schema violations ("expected a number, got string 'abc'").</summary>
internal static class SchemaMessages
{
    /// <summary>"unknown field 'atackRate' (did you mean 'attackRate'?)".</summary>
    public static string UnknownField(string name, IEnumerable<string> known) =>
        $"unknown field '{name}'{Suggestions.DidYouMean(name, known)}";

    /// <summary>The message for a violation of <paramref name="schema"/> by <paramref name="token"/>.</summary>
    public static string For(ValidationErrorKind kind, JToken token, JsonSchema schema, NodeLocation location) => kind switch
    {
        ValidationErrorKind.StringExpected => Expected("a string", token, location),
        ValidationErrorKind.NumberExpected => Expected("a number", token, location),
        ValidationErrorKind.IntegerExpected => Expected("an integer", token, location),
        ValidationErrorKind.BooleanExpected => Expected("true or false", token, location),
        ValidationErrorKind.ObjectExpected => Expected("a mapping", token, location),
        ValidationErrorKind.ArrayExpected => Expected("a sequence", token, location),
        ValidationErrorKind.NoTypeValidates => Expected(Types(schema.Type), token, location),
        ValidationErrorKind.NumberTooSmall or ValidationErrorKind.NumberTooBig =>
            $"must be {Range(schema)}, got {Shown(token, location)}",
        ValidationErrorKind.PatternMismatch => $"must match the pattern {schema.Pattern}, got {Shown(token, location)}",
        ValidationErrorKind.NotInEnumeration =>
            $"must be one of {string.Join(", ", schema.Enumeration.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)))}; got {Shown(token, location)}",
        ValidationErrorKind.TooFewItems when schema.MinItems == 1 => "must not be empty",
        ValidationErrorKind.TooFewItems => $"must have at least {schema.MinItems} items, got {Count(token)}",
        ValidationErrorKind.TooManyItems => $"must have at most {schema.MaxItems} items, got {Count(token)}",
        ValidationErrorKind.ItemsNotUnique => $"must not repeat items: {Repeated(token)}",
        ValidationErrorKind.DateExpected => $"expected a date written yyyy-MM-dd, got {Shown(token, location)}",
        ValidationErrorKind.StringTooShort => $"must have at least {schema.MinLength} characters, got {Shown(token, location)}",
        ValidationErrorKind.StringTooLong => $"must have at most {schema.MaxLength} characters, got {Shown(token, location)}",
        _ => $"is not valid here ({kind}), got {Shown(token, location)}",
    };

    /// <summary>"expected a number, got string 'abc'".</summary>
    public static string Expected(string expected, JToken token, NodeLocation location) =>
        $"expected {expected}, got {Typed(token, location)}";

    /// <summary>A value as the user wrote it: numbers and booleans bare, strings quoted.</summary>
    public static string Shown(JToken token, NodeLocation location) => token.Type switch
    {
        JTokenType.String => $"'{token.Value<string>()}'",
        JTokenType.Integer or JTokenType.Float or JTokenType.Boolean => location.Text ?? token.ToString(Formatting.None),
        JTokenType.Null => "an empty value",
        JTokenType.Object => "a mapping",
        JTokenType.Array => "a sequence",
        _ => token.ToString(Formatting.None),
    };

    private static string Typed(JToken token, NodeLocation location) => token.Type switch
    {
        JTokenType.String => $"string {Shown(token, location)}",
        JTokenType.Integer or JTokenType.Float => $"number {Shown(token, location)}",
        JTokenType.Boolean => $"boolean {Shown(token, location)}",
        _ => Shown(token, location),
    };

    // "a mapping or null" for a schema of several types ("type": ["object", "null"]).
    private static string Types(JsonObjectType types)
    {
        (JsonObjectType Type, string Words)[] names =
        [
            (JsonObjectType.String, "a string"),
            (JsonObjectType.Number, "a number"),
            (JsonObjectType.Integer, "an integer"),
            (JsonObjectType.Boolean, "true or false"),
            (JsonObjectType.Object, "a mapping"),
            (JsonObjectType.Array, "a sequence"),
            (JsonObjectType.Null, "null"),
        ];
        return string.Join(" or ", names.Where(n => types.HasFlag(n.Type)).Select(n => n.Words));
    }

    private static string Range(JsonSchema schema)
    {
        var bounds = new List<string>();
        if (schema.ExclusiveMinimum is { } exclusiveMinimum)
        {
            bounds.Add($"> {Bound(exclusiveMinimum)}");
        }
        else if (schema.Minimum is { } minimum)
        {
            bounds.Add(schema.IsExclusiveMinimum ? $"> {Bound(minimum)}" : $"≥ {Bound(minimum)}");
        }

        if (schema.ExclusiveMaximum is { } exclusiveMaximum)
        {
            bounds.Add($"< {Bound(exclusiveMaximum)}");
        }
        else if (schema.Maximum is { } maximum)
        {
            bounds.Add(schema.IsExclusiveMaximum ? $"< {Bound(maximum)}" : $"≤ {Bound(maximum)}");
        }

        return string.Join(" and ", bounds);
    }

    private static string Bound(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    private static int Count(JToken token) => token is JArray array ? array.Count : 0;

    private static string Repeated(JToken token)
    {
        var repeated = token.Children()
            .GroupBy(item => item.ToString(Formatting.None), StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => $"{group.Key.Replace('"', '\'')} appears {group.Count()} times");
        return string.Join("; ", repeated);
    }
}
