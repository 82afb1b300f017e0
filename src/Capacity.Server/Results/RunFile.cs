namespace Capacity.Server.Results;

/// <summary>A downloadable file of a run: path inside the run directory (with '/'), size, and its SHA-256 where a manifest lists it.</summary>
public sealed record RunFile(string Path, long Bytes, string? Sha256);
