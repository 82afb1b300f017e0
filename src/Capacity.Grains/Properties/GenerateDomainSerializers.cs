using Capacity.Domain.Simulation;

// The domain's [GenerateSerializer] records (reports, messages, the scenario) cross grain calls as they are;
// their serializers are generated here so Capacity.Domain needs no Orleans runtime.
[assembly: GenerateCodeForDeclaringAssembly(typeof(Scenario))]
