using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;

namespace Capacity.Domain.Care;

/// <summary>
/// Observation stretchers as overflow for COVID ward patients. In Phase III, "si las camas censables se encontraran a
/// su máxima capacidad, las camillas del área de Observación también se destinarán para la atención de pacientes
/// COVID-19" (seed 003 L2589-2592), and they are recovered when the semáforo turns yellow (seed 003 L2593-2595), i.e.
/// when the hospital leaves Phase III. ICU patients never go to a stretcher: it has no ventilator.
/// </summary>
public static class Stretchers
{
    /// <summary>
    /// Stretcher places open to new COVID patients today: <c>round(share × census beds)</c> (half away from zero) while
    /// the hospital is in Phase III, else 0. A temporary unit has none: it has no observation area of its own, it is
    /// itself overflow capacity.
    /// </summary>
    public static int Places(Hospital hospital, ReconversionPhase phase, double stretcherShare) =>
        phase == ReconversionPhase.PhaseIII && hospital.Type != HospitalType.TemporaryUnit
            ? (int)Math.Round(stretcherShare * hospital.CensusBeds, MidpointRounding.AwayFromZero)
            : 0;

    /// <summary>
    /// Ward arrivals that found no ward bed and take a free stretcher: at most the places not already occupied by
    /// patients still on stretchers.
    /// </summary>
    public static int Admit(int wardOverflow, int places, int stretcherCensus) =>
        Math.Min(Math.Max(0, wardOverflow), Math.Max(0, places - stretcherCensus));
}
