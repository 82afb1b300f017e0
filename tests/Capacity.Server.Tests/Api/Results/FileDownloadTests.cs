using System.Net;
using System.Security.Cryptography;
using Capacity.Server.Tests.Api.Support;

namespace Capacity.Server.Tests.Api.Results;

/// <summary>
/// <c>GET /api/runs/{id}/files</c> lists the run's files with sizes and digests; <c>/files/{path}</c> downloads one of
/// them, and nothing else: no path escapes the run directory.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class FileDownloadTests(CapacityApiFactory api)
{
    private const string Sentinel = "outside-the-run: must never be served";

    [Fact]
    public async Task The_file_list_has_every_file_of_the_run_with_its_size_and_digest()
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();

        var files = await ApiJson.GetAsync(client, $"/api/runs/{id}/files");

        var directory = api.RunDirectory(id);
        var onDisk = Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(directory, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal);
        var listed = files.EnumerateArray().ToArray();
        Assert.Equal(onDisk, listed.Select(f => f.GetProperty("path").GetString()).Order(StringComparer.Ordinal));
        Assert.Contains("manifest.json", listed.Select(f => f.GetProperty("path").GetString()));
        foreach (var file in listed)
        {
            var bytes = File.ReadAllBytes(Path.Combine(directory, file.GetProperty("path").GetString()!));
            Assert.Equal(bytes.Length, file.GetProperty("bytes").GetInt64());
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), file.GetProperty("sha256").GetString());
        }
    }

    [Fact]
    public async Task Downloading_the_national_csv_gives_the_bytes_on_disk_as_an_attachment()
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();

        using var response = await client.GetAsync($"/api/runs/{id}/files/daily_national.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(File.ReadAllBytes(Path.Combine(api.RunDirectory(id), "daily_national.csv")), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Downloading_the_manifest_gives_the_bytes_on_disk()
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();

        using var response = await client.GetAsync($"/api/runs/{id}/files/manifest.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(File.ReadAllBytes(Path.Combine(api.RunDirectory(id), "manifest.json")), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_file_not_in_the_list_is_404()
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();

        await ApiJson.GetProblemAsync(client, $"/api/runs/{id}/files/no-such-file.csv", HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("..%2Fsentinel.txt")]
    [InlineData("%2E%2E%2Fsentinel.txt")]
    [InlineData("..%5Csentinel.txt")]
    [InlineData("%252E%252E%252Fsentinel.txt")]
    [InlineData("sub%2F..%2F..%2Fsentinel.txt")]
    [InlineData("..%2F..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("ABSOLUTE")]
    [InlineData("ABSOLUTE-ENCODED")]
    public async Task A_path_out_of_the_run_is_refused_and_serves_nothing_outside(string path)
    {
        var id = await api.CompletedQuickMiniAsync();
        var sentinel = Path.Combine(api.RunsDirectory, "sentinel.txt");
        await File.WriteAllTextAsync(sentinel, Sentinel);
        path = path switch
        {
            "ABSOLUTE" => "/" + sentinel.TrimStart('/'),
            "ABSOLUTE-ENCODED" => Uri.EscapeDataString(sentinel),
            _ => path,
        };
        using var client = api.Anonymous();

        using var response = await client.GetAsync($"/api/runs/{id}/files/{path}");

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(
            response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound,
            $"files/{path}: expected 400 or 404, got {(int)response.StatusCode}: {body}");
        Assert.DoesNotContain(Sentinel, body, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dot_dot_segment_is_400()
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();

        await ApiJson.GetProblemAsync(client, $"/api/runs/{id}/files/..%2Fmanifest.json", HttpStatusCode.BadRequest);
    }
}
