using System.Collections.Immutable;
using Capacity.Domain.Demand;

namespace Capacity.Domain.Reconversion;

/// <summary>
/// What a policy sees at the end of an OOAD's care phase on <paramref name="Day"/>: its hospitals as reported today
/// (in id order) and its memory. Changes it decides take effect at the earliest on <c>Day + LeadDays</c>.
/// </summary>
public sealed record ReconversionView(string OoadCode, int Day, DateOnly Date, ImmutableArray<HospitalSnapshot> Hospitals, ReconversionMemory Memory);
