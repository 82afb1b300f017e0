namespace Capacity.Domain.Reconversion;

/// <summary>What a unit does for COVID-19 patients (seed 003 L159-176). Append only: written to outputs.</summary>
public enum HospitalRole
{
    /// <summary>No COVID beds.</summary>
    NonCovid = 0,

    /// <summary>Reference hospital of escenario 1/2: isolation beds for suspected cases.</summary>
    Reference = 1,

    /// <summary>Hospital Híbrido: COVID beds beside other priority care.</summary>
    Hybrid = 2,

    /// <summary>Hospital COVID: reconverted to its maximum bed capacity.</summary>
    CovidExclusive = 3,

    /// <summary>Hospital Temporal (Table I.4).</summary>
    Temporary = 4,

    /// <summary>Unidad Médica de Expansión (e.g. Autódromo "Hermanos Rodríguez").</summary>
    Expansion = 5,

    /// <summary>Unidad de Convalecencia (CRIT Teletón centres).</summary>
    Convalescence = 6,
}
