using System.Collections.Immutable;
using System.Security.Cryptography;

namespace Capacity.Results.Manifest;

/// <summary>Sizes and SHA-256 digests of a run directory's files.</summary>
internal static class FileDigest
{
    /// <summary>
    /// Every file in <paramref name="directory"/> and its sub-directories (<c>plots/</c>), named by its path relative to
    /// <paramref name="directory"/> with <c>/</c> separators on every OS, in ordinal name order.
    /// </summary>
    public static async Task<ImmutableArray<OutputFile>> DescribeAllAsync(string directory, CancellationToken cancellationToken)
    {
        var names = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(directory, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var files = ImmutableArray.CreateBuilder<OutputFile>(names.Length);
        foreach (var name in names)
        {
            files.Add(await DescribeAsync(directory, name, cancellationToken));
        }

        return files.MoveToImmutable();
    }

    public static async Task<OutputFile> DescribeAsync(string directory, string name, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(Path.Combine(directory, name), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken);
        return new OutputFile(name, stream.Length, Convert.ToHexStringLower(hash));
    }
}
