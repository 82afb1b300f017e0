using System.Collections.Immutable;
using Capacity.Domain.Capacity;
using Capacity.Domain.Care;
using Capacity.Domain.Demand;
using Capacity.Domain.Equipment;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Simulation;
using Capacity.Domain.Staffing;
using Capacity.Domain.Supply;

namespace Capacity.Scenarios;

/// <summary>
/// Every value a scenario file may leave out, each with its source. "Seed 003" is
/// /work/shared/seeds/003_ba8a2f1893f107e7.txt (IMSS Informe de Labores 2019-2020 y Programa de Actividades
/// 2020-2021); values the seeds do not give are marked as assumptions so planners know which ones to challenge.
/// </summary>
public static class ScenarioDefaults
{
    /// <summary>Free text is optional.</summary>
    public const string Description = "";

    /// <summary>
    /// 0.5%: the sector attack rate revised on 25 Mar 2020 (seed 003 L2276-2280; the 9 Mar scenario used 0.2%).
    /// </summary>
    public const double AttackRate = 0.005;

    /// <summary>
    /// 20% = 14% hospitalised without intensive care + 6% in ICU, the WHO-based planning split (seed 003 L2235-2243).
    /// </summary>
    public const double HospitalisedShare = 0.20;

    /// <summary>30% = 6 of the 20 hospitalised percentage points need ICU (seed 003 L2235-2243).</summary>
    public const double IcuShareOfHospitalised = 0.30;

    /// <summary>
    /// 1 Jun 2020: the day with most confirmed cases by symptom onset, 2,190 (seed 003 L12959-12963).
    /// </summary>
    public static DateOnly WavePeak { get; } = new(2020, 6, 1);

    /// <summary>
    /// 28 days (assumption): a normal curve with this width around 1 Jun puts about 85% of the first wave's
    /// hospital demand before 30 Jun 2020, the cut-off of the report's figures.
    /// </summary>
    public const double WaveWidthDays = 28;

    /// <summary>A single wave carries all demand.</summary>
    public const double WaveShare = 1.0;

    /// <summary>One wave: <see cref="WavePeak"/>, <see cref="WaveWidthDays"/>, <see cref="WaveShare"/>.</summary>
    public static ImmutableArray<Wave> Waves { get; } = [new Wave(WavePeak, WaveWidthDays, WaveShare)];

    /// <summary>OOADs follow the national attack rate unless a scenario says otherwise.</summary>
    public const double RegionMultiplier = 1.0;

    /// <summary>OOADs follow the national wave dates unless a scenario says otherwise.</summary>
    public const int RegionPeakShiftDays = 0;

    /// <summary>
    /// 60 days (assumption): long enough that the gamma tails of a 10-day mean ICU stay are almost all modelled.
    /// </summary>
    public const int MaxStayDays = 60;

    /// <summary>
    /// 0.01 per day (ASSUMPTION; the seeds give no ward-to-ICU escalation rate): about 5% of ward patients step up
    /// over a 5-day mean ward stay. Kept small because <see cref="IcuShareOfHospitalised"/> already routes 30% of
    /// hospitalised patients straight to the ICU; for scale, 17% of the patients in the ISARIC CCP-UK cohort received
    /// high-dependency or intensive care at some point (Docherty et al. 2020, "Features of 20 133 UK patients in
    /// hospital with covid-19 using the ISARIC WHO Clinical Characterisation Protocol", BMJ 369:m1985).
    /// </summary>
    public const double StepUpRate = 0.01;

    /// <summary>
    /// 0.5 (ASSUMPTION; the seeds give none): half of the patients leaving the ICU alive spend the rest of their
    /// recovery on a ward bed when one is free. Usual critical-care practice discharges most survivors to a ward, but
    /// the seeds' 10-day mean ICU stay already includes part of the recovery, so a half share is a planning value.
    /// </summary>
    public const double StepDownShare = 0.5;

    /// <summary>
    /// Ward: mean stay 5 days (seed 003 L2235-2243). Stay CV 0.7 is an assumption in the range reported by
    /// Rees et al. 2020, "COVID-19 length of hospital stay: a systematic review and data synthesis", BMC Medicine
    /// 18:270. Death rate 0.12 is an assumption bracketed by the seeds: IMSS-BIENESTAR 163 deaths / 1,076
    /// hospitalised = 15.1% over both levels (seed 003 L3648-3655). Turned-away death rate 0.25 is an assumption
    /// for untreated severe COVID-19, a planning parameter.
    /// </summary>
    public static LevelCare Ward { get; } = new(MeanStayDays: 5, StayCv: 0.7, DeathRate: 0.12, TurnedAwayDeathRate: 0.25);

    /// <summary>
    /// ICU: mean stay 10 days (seed 003 L2235-2243). Stay CV 0.6 is an assumption (Rees et al. 2020, as above).
    /// Death rate 0.55 is an assumption bracketed by the COVID hospitals' deaths per discharge + death:
    /// Tapachula 132 / 247 = 53.4% and Bahía de Banderas 29 / 81 = 35.8% (seed 003 L23858-23864).
    /// Turned-away death rate 0.90 is an assumption for untreated critical COVID-19, a planning parameter.
    /// </summary>
    public static LevelCare Icu { get; } = new(MeanStayDays: 10, StayCv: 0.6, DeathRate: 0.55, TurnedAwayDeathRate: 0.90);

    /// <summary>
    /// UMAE and second level: 13,321 COVID beds on 30 Jun 2020 (seed 003 L2009-2010) / 34,408 census beds
    /// (seed 003 L30564-30566) = 0.387. Rural IMSS-BIENESTAR hospitals: 893 respiratory-module beds in the 80 HR
    /// (seed 003 L284-291) / about 2,481 HR beds = 0.36, where 2,481 = 202,209 discharges × 3 days / 365 / 0.67
    /// occupancy (Table II.28, seed 003 L16074-16111).
    /// </summary>
    public static TierShares CovidBedShare { get; } = new(Umae: 0.387, SecondLevel: 0.387, RuralBienestar: 0.36);

    /// <summary>
    /// UMAE and second level: 5,920 ventilators bought (Table I.5, seed 003 L3243-3279) / 13,321 COVID beds = 0.44.
    /// Rural hospitals: 0, their respiratory modules are not ICUs (seed 003 L284-291).
    /// </summary>
    public static TierShares IcuShareOfCovidBeds { get; } = new(Umae: 0.44, SecondLevel: 0.44, RuralBienestar: 0.0);

    /// <summary>
    /// 0.05 observation stretchers per census bed (assumption): in Phase III, when census beds are full, the
    /// observation area's stretchers also take COVID patients (seed 003 L2589-2592). The seeds give no count of
    /// observation stretchers; the only figure is the 646 stretchers bought from January to June 2020 (Table I.5,
    /// seed 003 L3243-3279), about 0.05 per COVID bed (646 / 13,321, seed 003 L2009-2010) and 0.019 per census bed
    /// (646 / 34,408, seed 003 L30564-30566) on top of the observation areas that already existed.
    /// </summary>
    public const double StretcherShare = 0.05;

    /// <summary>
    /// Pre-COVID occupancy of census beds by non-COVID patients, the demand that reconversion displaces. UMAE and second
    /// level: 0.676 = 8,512,530 patient-days from July 2019 to June 2020 (Table II.3, seed 003 L8596-8632) / 366 days
    /// = 23,258 beds occupied on an average day, / 34,408 census beds (seed 003 L30564-30566). The report's "hasta
    /// 88.4%" (seed 003 L8744-8746) is an upper figure, not the mean. Rural IMSS-BIENESTAR hospitals: 0.67, "ocupación
    /// hospitalaria de 67%" (Table II.28, seed 003 L16074-16111). Temporary units have no non-COVID care.
    /// </summary>
    public static TierShares NonCovidOccupancy { get; } = new(Umae: 0.676, SecondLevel: 0.676, RuralBienestar: 0.67);

    /// <summary>Capacity stays as the <c>capacity:</c> section sets it on day 0 unless a scenario names a policy.</summary>
    public const ReconversionPolicyKind ReconversionPolicy = ReconversionPolicyKind.None;

    /// <summary>
    /// 7 days from a decision to converted beds (assumption: converting existing wards of a running hospital; a new
    /// expansion hospital, the Autódromo, took 25 days to plan and build, seed 003 L7954-7957).
    /// </summary>
    public const int ReconversionLeadDays = 7;

    /// <summary>
    /// 0.44 of the beds converted in permanent hospitals are ICU beds: 5,920 ventilators bought (Table I.5, seed 003
    /// L3243-3279) / 13,321 COVID beds on 30 Jun 2020 (seed 003 L2009-2010), as <see cref="IcuShareOfCovidBeds"/>.
    /// </summary>
    public const double IcuShareOfConvertedBeds = 0.44;

    /// <summary>
    /// Occupancy trigger: convert a block when the OOAD's COVID occupancy stays above 0.8 for 3 days, revert one below
    /// 0.3 for 3 days (assumptions: the seeds give no trigger). A block is 24 beds, what one ERC team covers per
    /// shift (seed 003 L2106-2116).
    /// </summary>
    public static OccupancyTrigger Trigger { get; } = new(Up: 0.8, Down: 0.3, Days: 3, BlockBeds: ErcTeams.BedsPerTeam);

    /// <summary>
    /// Forecast trigger: cover the expected COVID census lead days ahead plus a 0.15 margin, and keep the beds while
    /// the need of the next 14 days stays within one block (assumptions: the seeds give no forecast rule; 14 days is
    /// about one ICU stay, 10 days mean, seed 003 L2235-2243, plus the default lead). A block is 24 beds, what one ERC
    /// team covers per shift (seed 003 L2106-2116).
    /// </summary>
    public static ForecastTrigger Forecast { get; } = new(HorizonDays: 14, Margin: 0.15, BlockBeds: ErcTeams.BedsPerTeam);

    /// <summary>No reconversion: no schedule, no temporary units, no reversion, the default triggers.</summary>
    public static ReconversionSettings Reconversion { get; } =
        new(ReconversionPolicy, ReconversionLeadDays, IcuShareOfConvertedBeds, [], [], null, Trigger, Forecast);

    /// <summary>
    /// Staffing does not limit conversions unless a scenario enables it, so scenarios written before the staffing
    /// model run as before.
    /// </summary>
    public const bool StaffingEnabled = false;

    /// <summary>
    /// 3.03% of the pool absent on any day: the national absenteeism rate of 2020 (seed 003 L22712-22731).
    /// </summary>
    public const double StaffAbsenceShare = 0.0303;

    /// <summary>
    /// 1,188 ERC teams from temporary hires by 30 Jun 2020: 29,479 workers hired (seed 003 L7302-7307; 37,939
    /// temporary positions were created, L211, L4602-4606), of whom 4,754 doctors and 11,068 nurses (Table I.9,
    /// L4625-4659). A team is 4 doctors + 6 nurses (L2106-2116): ⌊4,754 ÷ 4⌋ = 1,188 teams (doctors bind; the
    /// nurses would staff 11,068 ÷ 6 = 1,844). Hiring ramps linearly from the recruitment drive of 4 Apr 2020
    /// (L4557-4569, L7302-7307) to 30 Jun 2020.
    /// </summary>
    public static ImmutableArray<StaffHire> StaffHires { get; } =
        [new(new DateOnly(2020, 4, 4), 0), new(new DateOnly(2020, 6, 30), 1188)];

    /// <summary>
    /// 1,388 teams without new hires, so that the 2,497 ERC teams integrated by 30 Jun 2020 (seed 003 L2106-2116)
    /// are on duty after absence: ⌊(1,388 + 1,188) × (1 − 0.0303)⌋ = ⌊2,497.96⌋ = 2,497. The base is what was left
    /// after 35,652 vulnerable workers were sent home on 23 Mar 2020 (L2098-2104): the 2,497 teams were formed
    /// after that removal, so calibrating on them already nets it out (at 10 staff per team the removal is worth up
    /// to 3,565 teams, but most of those workers were not ERC clinicians, so it is not subtracted again).
    /// </summary>
    public const double StaffBaseTeams = 1388;

    /// <summary>
    /// The pool is shared by affiliates, as the first staffing model did (assumption: the seeds give only the national
    /// 2,497 ERC, seed 003 L2106-2116, no staff by OOAD). The 2020 replay uses <c>planned-beds</c> (docs/validation.md).
    /// </summary>
    public const StaffSplit StaffSplitRule = StaffSplit.Affiliates;

    /// <summary>
    /// Each hospital rounds its 24-bed blocks up on its own: "se integró un ERC en cada turno por cada 24 camas" (seed
    /// 003 L2114-2115) read per unit, since ERC were formed "en todas las unidades de atención médica" (L2109-2110).
    /// </summary>
    public const TeamRounding StaffTeamRounding = TeamRounding.Hospital;

    /// <summary>
    /// No teams absent through infection: the seeds report no staff infections or deaths (only "25 mil" health workers
    /// tested, seed 003 L2034-2035, L493; COVID recognised as an occupational risk, L4036-4054). A stress scenario sets it.
    /// </summary>
    public const double StaffInfectionAbsence = 0;

    /// <summary>The staffing model's defaults (disabled).</summary>
    public static StaffingSettings Staffing { get; } = new(
        StaffingEnabled, StaffBaseTeams, StaffHires, StaffAbsenceShare, StaffSplitRule, StaffTeamRounding, StaffInfectionAbsence);

    /// <summary>
    /// Equipment does not limit conversions unless a scenario enables it, so scenarios written before the equipment
    /// model run as before (its inventory is still reported).
    /// </summary>
    public const bool EquipmentEnabled = false;

    /// <summary>
    /// Units per ICU COVID place: "cada lugar deberá contar con ... ventilador mecánico, monitor de signos vitales y
    /// bomba de infusión" and "toma de oxígeno" (seed 003 L2961-2967), "un carro rojo por cada 10 lugares" (L2969-2970):
    /// 1, 1, 1, 1 and 0.1 (crash carts rounded up over an OOAD's places). The standard is the one written for the
    /// temporary modules; applying it to every ICU COVID place is an assumption.
    /// </summary>
    public static EquipmentRates EquipmentPerIcuBed { get; } = new(Ventilator: 1, Monitor: 1, InfusionPump: 1, OxygenOutlet: 1, CrashCart: 0.1);

    /// <summary>
    /// ASSUMPTION: the ICU COVID beds the hospitals run on day 0 are fully equipped; the seeds give no baseline
    /// equipment counts ("baseline stock unknown", docs/facts capacity.md §6).
    /// </summary>
    public const bool EquipOpeningIcuBeds = true;

    /// <summary>
    /// ASSUMPTION: spare units per census bed that can be moved to COVID ICU places. Ventilators, monitors and crash
    /// carts 0: the non-COVID ICUs, emergency rooms and theatres keep theirs (conservative; the seeds give no counts).
    /// Infusion pumps 0.5 and oxygen outlets 1: ward beds have wall oxygen and pumps, the 184 reconverted hospitals'
    /// oxygen capacity was diagnosed and its flow raised (seed 003 L4408-4415), and Table I.5 lists no pumps or
    /// outlets bought (L3243-3279), so they are taken as not short.
    /// </summary>
    public static EquipmentRates EquipmentSurplusPerCensusBed { get; } = new(Ventilator: 0, Monitor: 0, InfusionPump: 0.5, OxygenOutlet: 1, CrashCart: 0);

    /// <summary>
    /// Deliveries. Table I.5, COVID equipment bought 1 Jan - 30 Jun 2020 (seed 003 L3243-3279): 5,920 mechanical
    /// ventilators, 1,828 vital-signs monitors, 347 crash carts, national; ASSUMPTION: arriving evenly from 30 Mar 2020,
    /// when the "programa de ventiladores ... Fase I" was registered (L6331-6339), to 30 Jun 2020. Repaired
    /// ventilators (L4421-4426): 14 to Baja California, 10 to Michoacán, 3 to Puebla, 2 to Oaxaca, same dates
    /// (ASSUMPTION); the seed says 30 were repaired but its destinations add up to 29, and the 30th, with no
    /// destination, is left out.
    /// </summary>
    public static ImmutableArray<EquipmentDelivery> EquipmentDeliveries { get; } =
    [
        new(EquipmentItem.Ventilator, 5920, EquipmentFrom, EquipmentTo),
        new(EquipmentItem.Monitor, 1828, EquipmentFrom, EquipmentTo),
        new(EquipmentItem.CrashCart, 347, EquipmentFrom, EquipmentTo),
        new(EquipmentItem.Ventilator, 14, EquipmentFrom, EquipmentTo, "bc"),
        new(EquipmentItem.Ventilator, 10, EquipmentFrom, EquipmentTo, "mich"),
        new(EquipmentItem.Ventilator, 3, EquipmentFrom, EquipmentTo, "pue"),
        new(EquipmentItem.Ventilator, 2, EquipmentFrom, EquipmentTo, "oax"),
    ];

    /// <summary>
    /// National batches are shared in proportion to the ICU COVID beds planned for each OOAD: the seeds state only that
    /// equipment followed "variables epidemiológicas ... y demográficas" (seed 003 L2846-2849), no formula.
    /// </summary>
    public const EquipmentAllocationKind EquipmentAllocation = EquipmentAllocationKind.ProportionalToIcuBeds;

    /// <summary>The equipment model's defaults (disabled).</summary>
    public static EquipmentSettings Equipment { get; } = new(
        EquipmentEnabled, EquipmentPerIcuBed, EquipOpeningIcuBeds, EquipmentSurplusPerCensusBed, EquipmentDeliveries, EquipmentAllocation);

    private static DateOnly EquipmentFrom => new(2020, 3, 30);

    private static DateOnly EquipmentTo => new(2020, 6, 30);

    /// <summary>
    /// Burn rates and supplier capacity per item, in <see cref="SupplyItem"/> order. Burn rates come from
    /// Table I.1 (seed 003 L2245-2274), whose hospitalised column is per 5-day stay and ICU column per 10-day stay;
    /// dividing by the stay gives units per patient-day. Eye protection is issued per stay: "1, 2 por persona 60% y
    /// 40% careta" is read as 1.5 units per admitted patient, 60% goggles (0.9) and 40% face shields (0.6).
    /// Supplier capacity is the Table I.2 quantity distributed to OOAD and UMAE (seed 003 L2353-2375) spread over
    /// the distribution period, see <see cref="DistributionDays"/>.
    /// </summary>
    public static ImmutableArray<ItemSettings> Items { get; } =
    [
        new(SupplyItem.SurgicalMask, 25.0 / WardStayDays, 25.0 / IcuStayDays, 0, DailyCapacity(8_202_605)),
        new(SupplyItem.N95Respirator, 15.0 / WardStayDays, 21.0 / IcuStayDays, 0, DailyCapacity(5_990_523)),
        new(SupplyItem.GlovePair, 54.0 / WardStayDays, 68.0 / IcuStayDays, 0, DailyCapacity(21_324_071)),
        new(SupplyItem.Gown, 25.0 / WardStayDays, 25.0 / IcuStayDays, 0, DailyCapacity(921_676)),
        new(SupplyItem.Goggles, 0, 0, GogglesPerAdmission, DailyCapacity(849_370)),
        new(SupplyItem.FaceShield, 0, 0, FaceShieldsPerAdmission, DailyCapacity(1_967_710)),
    ];

    /// <summary>
    /// 112 days from 10 Mar to 30 Jun 2020, the period in which Table I.2 was distributed (seed 003 L21701-21704).
    /// Daily capacity = round(distributed / 112), half up, in integers: surgical_mask 73,238; n95 53,487;
    /// glove_pair 190,393; gown 8,229; goggles 7,584; face_shield 17,569.
    /// </summary>
    public const int DistributionDays = 112;

    /// <summary>Hospitals order at 7 days of supply, up to 14 (assumption: the seeds give no reorder policy).</summary>
    public static ReorderRule HospitalReorder { get; } = new(ReorderPointDays: 7, OrderUpToDays: 14);

    /// <summary>OOAD and UMAE warehouses order at 10 days, up to 21 (assumption: the seeds give no reorder policy).</summary>
    public static ReorderRule RegionalReorder { get; } = new(ReorderPointDays: 10, OrderUpToDays: 21);

    /// <summary>The central warehouse orders at 21 days, up to 45 (assumption: the seeds give no reorder policy).</summary>
    public static ReorderRule CentralReorder { get; } = new(ReorderPointDays: 21, OrderUpToDays: 45);

    /// <summary>
    /// Supplier → central 14 days, central → OOAD/UMAE 3 days, OOAD/UMAE → hospital 1 day (assumption: seed 003
    /// reports quantities distributed, never transport or procurement times).
    /// </summary>
    public static LeadTimes LeadTimes { get; } = new(SupplierToCentral: 14, CentralToRegional: 3, RegionalToHospital: 1);

    /// <summary>Opening stock of 7 / 14 / 30 days of reference use (assumption: the seeds give no opening stock).</summary>
    public static InitialStock InitialStock { get; } = new(HospitalDays: 7, RegionalDays: 14, CentralDays: 30);

    /// <summary>A one-week mean smooths weekday effects (assumption).</summary>
    public const int ForecastWindowDays = 7;

    /// <summary>Both formats: CSV for people, Parquet for analysis tools.</summary>
    public static ImmutableArray<OutputFormat> Outputs { get; } = [OutputFormat.Csv, OutputFormat.Parquet];

    /// <summary>The defaults of one item.</summary>
    public static ItemSettings Item(SupplyItem item) => Items[(int)item];

    /// <summary>Demand with every default and no regional adjustment.</summary>
    public static WaveDemandSettings Demand { get; } = new(
        AttackRate,
        HospitalisedShare,
        IcuShareOfHospitalised,
        Waves,
        ImmutableSortedDictionary.Create<string, RegionalDemand>(StringComparer.Ordinal),
        DemandModelKind.Waves,
        SeirDefaults.Settings);

    /// <summary>Clinical flow with every default.</summary>
    public static CareSettings Care { get; } = new(Ward, Icu, MaxStayDays, StepUpRate, StepDownShare);

    /// <summary>COVID capacity with every default.</summary>
    public static CapacitySettings Capacity { get; } = new(CovidBedShare, IcuShareOfCovidBeds, StretcherShare, NonCovidOccupancy);

    /// <summary>Supply chain with every default.</summary>
    public static SupplySettings Supply { get; } = new(
        Items, HospitalReorder, RegionalReorder, CentralReorder, LeadTimes, InitialStock, ForecastWindowDays,
        StockOutAbsence: SupplyPolicyDefaults.StockOutAbsence);

    // Table I.1 columns are "por 5 días" and "por 10 días": the mean ward and ICU stays (seed 003 L2235-2243).
    private const double WardStayDays = 5;
    private const double IcuStayDays = 10;

    // "1, 2 por persona 60% y 40% careta": one or two eye-protection units per patient, read as 1.5 on average,
    // 60% goggles (1.5 × 0.6) and 40% face shields (1.5 × 0.4) (Table I.1). Written as literals because the
    // floating-point products are 0.8999999999999999 and 0.6000000000000001.
    private const double GogglesPerAdmission = 0.9;
    private const double FaceShieldsPerAdmission = 0.6;

    private static long DailyCapacity(long distributed) => (distributed + DistributionDays / 2) / DistributionDays;
}
