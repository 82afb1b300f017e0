namespace Capacity.Results;

/// <summary>One file of a run directory.</summary>
/// <param name="Name">File name, relative to the run directory.</param>
/// <param name="Bytes">Size in bytes.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the content.</param>
public sealed record OutputFile(string Name, long Bytes, string Sha256);
