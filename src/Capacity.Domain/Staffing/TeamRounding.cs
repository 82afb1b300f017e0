namespace Capacity.Domain.Staffing;

/// <summary>Where the 24-bed blocks of the ERC rule are rounded up to whole teams (<c>staffing.teamRounding</c>). Append only.</summary>
public enum TeamRounding
{
    /// <summary>
    /// <c>hospital</c>: each hospital staffs ⌈beds ÷ 24⌉ blocks of its own (teams are not shared between hospitals).
    /// </summary>
    Hospital = 0,

    /// <summary>
    /// <c>ooad</c>: the OOAD staffs ⌈Σ beds ÷ 24⌉ blocks; a hospital's share is in proportion to its beds (teams shared
    /// between the small COVID areas of an OOAD's hospitals, a lead doctor covering more than one).
    /// </summary>
    Ooad = 1,
}
