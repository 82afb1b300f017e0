using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Capacity.Server.Tests.Api.Support;
using Microsoft.AspNetCore.Http;

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
            var path = file.GetProperty("path").GetString()!;
            var bytes = File.ReadAllBytes(Path.Combine(directory, path));
            Assert.Equal(bytes.Length, file.GetProperty("bytes").GetInt64());

            // The digests come from the manifest, which cannot hold its own: manifest.json may have none.
            var sha = file.GetProperty("sha256");
            if (path != "manifest.json" || sha.ValueKind == JsonValueKind.String)
            {
                Assert.True(sha.ValueKind == JsonValueKind.String, $"{path} has no sha256: {file}");
                Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), sha.GetString());
            }
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
        Assert.Equal("daily_national.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
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

    [Theory]
    [InlineData("../manifest.json")]
    [InlineData("../../sentinel.txt")]
    [InlineData("./manifest.json")]
    [InlineData("plots/../manifest.json")]
    public async Task A_dot_or_dot_dot_segment_that_reaches_the_endpoint_is_400(string path)
    {
        var id = await api.CompletedQuickMiniAsync();

        // HttpClient and Kestrel resolve dot segments before routing; the test server takes the path as set here, so
        // the endpoint itself sees them (defence in depth behind the server's normalisation).
        var context = await api.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = $"/api/runs/{id}/files/{path}";
        });

        Assert.Equal(StatusCodes.Status400BadRequest, context.Response.StatusCode);
    }
}
