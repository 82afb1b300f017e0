using System.Security.Cryptography;
using System.Text;

namespace Capacity.Server.Configuration;

/// <summary>The API key in force: the configured one, or one generated at start-up (then printed for the operator).</summary>
public sealed class ApiKeySecret
{
    private readonly byte[] _key;

    public ApiKeySecret(string? configured)
    {
        Generated = string.IsNullOrWhiteSpace(configured);
        Value = Generated ? RandomNumberGenerator.GetHexString(32, lowercase: true) : configured!.Trim();
        _key = Encoding.UTF8.GetBytes(Value);
    }

    /// <summary>The key.</summary>
    public string Value { get; }

    /// <summary>True when no key was configured and this one was made up.</summary>
    public bool Generated { get; }

    /// <summary>Constant-time comparison, so response times do not leak how much of a guess was right.</summary>
    public bool Matches(string? candidate) =>
        candidate is not null && CryptographicOperations.FixedTimeEquals(_key, Encoding.UTF8.GetBytes(candidate));
}
