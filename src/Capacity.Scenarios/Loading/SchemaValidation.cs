using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Capacity.Scenarios.Loading;

/// <summary>
/// Validates the scenario's JSON form against the embedded JSON Schema (scenarios/schema/scenario.schema.json) and
/// turns each NJsonSchema error into a located, readable <see cref="ScenarioError"/>.
/// </summary>
/// <remarks>
/// The JSON is built in code, so NJsonSchema's LineNumber/LinePosition are empty; errors are located instead
/// through <see cref="ValidationError.Token"/>, which <see cref="Diagnostics"/> maps back to the YAML node
/// (the key for an unknown field, the parent mapping for a missing one, the value otherwise).
/// </remarks>
internal static class SchemaValidation
{
    private const string ResourceName = "Capacity.Scenarios.scenario.schema.json";

    private static readonly Lazy<JsonSchema> Schema = new(LoadSchema, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Reports every schema violation in <paramref name="root"/>.</summary>
    public static void Validate(JToken root, Diagnostics diagnostics)
    {
        foreach (var error in Schema.Value.Validate(root))
        {
            Report(error, root, diagnostics);
        }
    }

    /// <summary>The schema text shipped in the assembly.</summary>
    public static string SchemaText()
    {
        using var stream = typeof(SchemaValidation).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static void Report(ValidationError error, JToken root, Diagnostics diagnostics)
    {
        // Item and map-value errors wrap the real ones; report those, each at its own node.
        if (error is ChildSchemaValidationError wrapper)
        {
            foreach (var inner in wrapper.Errors.Values.SelectMany(errors => errors))
            {
                Report(inner, root, diagnostics);
            }

            return;
        }

        var token = error.Token ?? root;
        if (error.Kind != ValidationErrorKind.PropertyRequired && diagnostics.IsFlagged(token))
        {
            // One message per value: a bad tag already said what is wrong, and so did an earlier type error.
            return;
        }

        switch (error.Kind)
        {
            case ValidationErrorKind.PropertyRequired when token is not JObject:
                // NJsonSchema also lists the required fields of a value that is not a mapping at all; the type error says it.
                break;
            case ValidationErrorKind.PropertyRequired:
                var parent = diagnostics.LocationOf(token);
                diagnostics.Add(parent, parent.Child(error.Property ?? ""), $"missing required field '{error.Property}'");
                break;
            case ValidationErrorKind.NoAdditionalPropertiesAllowed:
                var name = (token as JProperty)?.Name ?? error.Property ?? "";
                diagnostics.Report(token, SchemaMessages.UnknownField(name, error.Schema.ActualSchema.Properties.Keys));
                break;
            default:
                diagnostics.Report(token, SchemaMessages.For(error.Kind, token, error.Schema.ActualSchema, diagnostics.LocationOf(token)));
                break;
        }
    }

    private static JsonSchema LoadSchema() =>
        JsonSchema.FromJsonAsync(SchemaText()).GetAwaiter().GetResult();
}
