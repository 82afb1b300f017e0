namespace Capacity.Testing;

/// <summary>What one run of the <c>capacity</c> program left: exit code and its output, with <c>\n</c> line ends.</summary>
public sealed record CliResult(string CommandLine, int ExitCode, string StdOut, string StdErr)
{
    /// <summary>Lines of standard output, without the empty line after the last line end.</summary>
    public string[] StdOutLines => StdOut.Split('\n')[..^1];

    /// <summary>Fails with the whole output when the program did not exit with <paramref name="expected"/>.</summary>
    public void AssertExitCode(int expected)
    {
        if (ExitCode != expected)
        {
            Assert.Fail($"Expected exit code {expected}, got {ExitCode}.\n{this}");
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"$ capacity {CommandLine}\n--- stdout ---\n{StdOut}\n--- stderr ---\n{StdErr}";
}
