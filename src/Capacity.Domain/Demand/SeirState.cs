namespace Capacity.Domain.Demand;

/// <summary>Susceptible, exposed (latent), infectious and removed people of one OOAD.</summary>
public readonly record struct SeirState(double Susceptible, double Exposed, double Infectious, double Removed)
{
    /// <summary>Everyone: conserved by every step.</summary>
    public double Population => Susceptible + Exposed + Infectious + Removed;

    /// <summary>People who have become infectious so far (symptom onsets): I + R.</summary>
    public double Onsets => Infectious + Removed;
}
