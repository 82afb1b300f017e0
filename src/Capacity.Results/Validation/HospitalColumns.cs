using System.Collections.Immutable;
using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;
using Capacity.Results.Tables;

namespace Capacity.Results.Validation;

/// <summary>The <c>daily_hospital</c> columns the report reads, and their codes back to values.</summary>
internal static class HospitalColumns
{
    public const string Date = "date";
    public const string HospitalId = "hospital_id";
    public const string Type = "type";
    public const string Phase = "phase";
    public const string Role = "role";
    public const string CovidWardBeds = "covid_ward_beds";
    public const string CovidIcuBeds = "covid_icu_beds";
    public const string ErcTeamsRequired = "erc_teams_required";

    public const string VentilatorsInService = "ventilators_in_service";
    public const string VentilatorsReceived = "ventilators_received";

    /// <summary>Columns read when present (files written before the ventilator fleet lack them).</summary>
    public static ImmutableArray<string> Optional { get; } = [VentilatorsInService, VentilatorsReceived];

    public static ImmutableArray<string> Required { get; } =
        [Date, HospitalId, Type, Phase, Role, CovidWardBeds, CovidIcuBeds, ErcTeamsRequired];

    private static readonly ImmutableDictionary<string, HospitalType> Types =
        Enum.GetValues<HospitalType>().ToImmutableDictionary(HospitalBeds.TypeCode, StringComparer.Ordinal);

    private static readonly ImmutableDictionary<string, ReconversionPhase> Phases =
        Enum.GetValues<ReconversionPhase>().ToImmutableDictionary(ReconversionCodes.Phase, StringComparer.Ordinal);

    private static readonly ImmutableDictionary<string, HospitalRole> Roles =
        Enum.GetValues<HospitalRole>().ToImmutableDictionary(ReconversionCodes.Role, StringComparer.Ordinal);

    /// <summary>The error for a file that lacks a column: most likely written before the reconversion outputs.</summary>
    public static RunDirectoryException Missing(string file, string column) => new(
        $"{file} has no column '{column}': it was written by an older version without the reconversion columns. Rerun the scenario.");

    public static HospitalType ParseType(string code, string where) => Parse(Types, code, Type, where);

    public static ReconversionPhase ParsePhase(string code, string where) => Parse(Phases, code, Phase, where);

    public static HospitalRole ParseRole(string code, string where) => Parse(Roles, code, Role, where);

    private static T Parse<T>(ImmutableDictionary<string, T> codes, string code, string column, string where) =>
        codes.TryGetValue(code, out var value)
            ? value
            : throw new RunDirectoryException($"{where}: '{code}' is not a known {column} ({string.Join(", ", codes.Keys.Order(StringComparer.Ordinal))}).");
}
