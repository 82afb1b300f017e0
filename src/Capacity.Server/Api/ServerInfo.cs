using Capacity.Server.Configuration;

namespace Capacity.Server.Api;

/// <summary><c>GET /api/info</c>: version, the request limits in force, and where the docs and dashboard are.</summary>
public sealed record ServerInfo(string Version, RequestLimits Limits, string Dashboard, string ApiDocs, string OpenApi);
