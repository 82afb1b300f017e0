using Orleans;
using Capacity.Domain.Network;

namespace Capacity.Domain.Capacity;

/// <summary>A share (0..1) per hospital tier. Temporary units have none: they only open through reconversion.</summary>
[GenerateSerializer, Immutable, Alias("capacity.TierShares")]
public sealed record TierShares(double Umae, double SecondLevel, double RuralBienestar)
{
    /// <summary>The share for one tier.</summary>
    public double For(HospitalType type) => type switch
    {
        HospitalType.Umae => Umae,
        HospitalType.SecondLevel => SecondLevel,
        HospitalType.RuralBienestar => RuralBienestar,
        _ => 0,
    };
}
