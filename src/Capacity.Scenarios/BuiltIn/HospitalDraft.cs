using Capacity.Domain.Network;

namespace Capacity.Scenarios.BuiltIn;

/// <summary>A hospital before beds and warehouse are assigned: its size weight drives the bed split.</summary>
internal sealed record HospitalDraft(string Id, string Name, string OoadCode, HospitalType Type, int SizeWeight);
