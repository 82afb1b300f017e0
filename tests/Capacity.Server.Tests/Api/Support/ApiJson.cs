using System.Net;
using System.Text.Json;

namespace Capacity.Server.Tests.Api.Support;

/// <summary>Reading JSON answers and RFC 7807 problems, with the body in every failure message.</summary>
public static class ApiJson
{
    /// <summary>GETs <paramref name="url"/>, asserts 200 and returns the JSON body.</summary>
    public static async Task<JsonElement> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return await ReadAsync(response, HttpStatusCode.OK, url);
    }

    /// <summary>Asserts the status code and returns the JSON body.</summary>
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected, string what)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{what}: expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return Parse(body, what);
    }

    /// <summary>Asserts an <c>application/problem+json</c> answer with <paramref name="expected"/> as both HTTP and body status, and returns it.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected, string what)
    {
        var problem = await ReadAsync(response, expected, what);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()), $"{what}: the problem has no title");
        return problem;
    }

    /// <summary>GETs <paramref name="url"/> and asserts a problem answer with status <paramref name="expected"/>.</summary>
    public static async Task<JsonElement> GetProblemAsync(HttpClient client, string url, HttpStatusCode expected)
    {
        using var response = await client.GetAsync(url);
        return await ProblemAsync(response, expected, "GET " + url);
    }

    /// <summary>The property's string values.</summary>
    public static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString() ?? "")];

    private static JsonElement Parse(string body, string what)
    {
        try
        {
            return JsonDocument.Parse(body).RootElement.Clone();
        }
        catch (JsonException e)
        {
            Assert.Fail($"{what}: the body is not JSON ({e.Message}): {body}");
            return default;
        }
    }
}
