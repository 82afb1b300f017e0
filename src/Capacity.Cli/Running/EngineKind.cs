namespace Capacity.Cli.Running;

/// <summary>Which engine runs a scenario.</summary>
internal enum EngineKind
{
    /// <summary>Grains on an embedded single silo (the default).</summary>
    Orleans,

    /// <summary>The pure in-process kernel (no Orleans).</summary>
    Inline,
}
