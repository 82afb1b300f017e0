namespace Capacity.Hosting;

/// <summary>What <see cref="DatabaseSchema.InstallAsync"/> did, part by part (<c>main</c>, <c>clustering</c>, <c>persistence</c>).</summary>
/// <param name="Installed">Parts this call created, in script order.</param>
/// <param name="AlreadyPresent">Parts that were there before and were left untouched.</param>
public sealed record SchemaInstallResult(IReadOnlyList<string> Installed, IReadOnlyList<string> AlreadyPresent)
{
    /// <summary>True when the database already held every part, so nothing was changed.</summary>
    public bool ChangedNothing => Installed.Count == 0;
}
