namespace Capacity.Domain.Care;

/// <summary>Where a COVID patient is treated. Append only.</summary>
public enum CareLevel
{
    /// <summary>General ward bed (hospitalised without ICU).</summary>
    Ward = 0,

    /// <summary>Intensive care bed.</summary>
    Icu = 1,
}
