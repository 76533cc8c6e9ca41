using System.Text.Json;
using Alba;

namespace CapabilityAssessment.Tests.GraphQL;

/// <summary>Sends GraphQL documents through the real HTTP pipeline and returns the parsed response.</summary>
public static class GraphQLRequests
{
    public static async Task<(int Status, JsonElement Body)> PostGraphQL(this IAlbaHost host, string query,
        object? variables = null)
    {
        var result = await host.Scenario(s =>
        {
            // A current client: it names the GraphQL-over-HTTP media type, so errors before execution are 400s.
            s.Post.Json(new { query, variables }).ToUrl("/graphql").Accepts("application/graphql-response+json");
            s.IgnoreStatusCode();
        });
        return (result.Context.Response.StatusCode, await result.ReadAsJsonAsync<JsonElement>());
    }

    public static string[] ErrorCodes(this JsonElement body) =>
        body.TryGetProperty("errors", out var errors)
            ? errors.EnumerateArray()
                .Select(e => e.GetProperty("extensions").GetProperty("code").GetString()!)
                .ToArray()
            : [];
}
