using Capacity.Server.Api;
using Capacity.Server.Results;

namespace Capacity.Server.Tests.Results;

public sealed class RunFilesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("capacity-runfiles-").FullName;
    private readonly string _run;

    public RunFilesTests()
    {
        _run = Path.Combine(_root, "run");
        Directory.CreateDirectory(Path.Combine(_run, "plots"));
        File.WriteAllText(Path.Combine(_run, "daily_national.csv"), "day\n0\n");
        File.WriteAllText(Path.Combine(_run, "plots", "census.svg"), "<svg/>");
        File.WriteAllText(Path.Combine(_run, "manifest.json"), """{"files":[{"name":"daily_national.csv","bytes":6,"sha256":"abc"},{"name":"plots/census.svg","bytes":6,"sha256":"def"}]}""");
        File.WriteAllText(Path.Combine(_root, "secret.txt"), "outside the run");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Every_file_is_listed_with_forward_slashes_and_the_manifest_digest()
    {
        var files = RunFiles.List(_run);

        Assert.Equal(["daily_national.csv", "manifest.json", "plots/census.svg"], files.Select(f => f.Path));
        Assert.Equal("def", files.Single(f => f.Path == "plots/census.svg").Sha256);
        Assert.Null(files.Single(f => f.Path == "manifest.json").Sha256);
    }

    [Fact]
    public void A_listed_file_resolves_inside_the_run()
    {
        Assert.Equal(Path.Combine(_run, "plots", "census.svg"), RunFiles.Resolve(_run, "plots/census.svg"));
    }

    [Theory]
    [InlineData("../secret.txt")]
    [InlineData("plots/../../secret.txt")]
    [InlineData("..\\secret.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("./daily_national.csv")]
    [InlineData("C:secret.txt")]
    [InlineData("")]
    public void A_path_that_could_leave_the_run_is_a_bad_request(string path)
    {
        var problem = Assert.Throws<ApiProblem>(() => RunFiles.Resolve(_run, path));

        Assert.Equal(400, problem.Status);
    }

    [Fact]
    public void A_file_the_run_does_not_have_is_not_found()
    {
        Assert.Equal(404, Assert.Throws<ApiProblem>(() => RunFiles.Resolve(_run, "secret.txt")).Status);
    }
}
