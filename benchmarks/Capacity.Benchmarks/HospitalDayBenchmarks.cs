using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Capacity.Domain.Care;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;

namespace Capacity.Benchmarks;

/// <summary>One hospital day of a busy second-level hospital (the inner loop of every engine).</summary>
[MemoryDiagnoser]
public class HospitalDayBenchmarks
{
    private HospitalState _state = null!;
    private ModelParameters _parameters = null!;
    private StayHazards _ward = null!;
    private StayHazards _icu = null!;

    [GlobalSetup]
    public void Setup()
    {
        var scenario = NationalScenario.Load();
        var layout = RunLayout.For(scenario);
        _parameters = layout.Parameters;
        (_ward, _icu) = StayHazards.For(scenario.Care);
        var hospital = scenario.Network.Hospitals.First(h => h.Type == Capacity.Domain.Network.HospitalType.SecondLevel);
        _state = layout.OpenHospital(hospital);
        for (var day = 0; day < 20; day++)
        {
            // Fill the wards to about their capacity so the benchmark measures a realistic census.
            var arrivals = new LevelCounts(_state.Beds.Ward / 4, _state.Beds.Icu / 8);
            _state = HospitalDay.Step(_state, new HospitalDayInput(day, arrivals, ImmutableArray<Shipment>.Empty, []), _parameters, _ward, _icu).Next;
        }
    }

    [Benchmark(Description = "HospitalDay.Step (busy hospital)")]
    public HospitalDayReport Step() =>
        HospitalDay.Step(_state, new HospitalDayInput(20, new LevelCounts(5, 2), ImmutableArray<Shipment>.Empty, []), _parameters, _ward, _icu).Report;
}
