using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace CapabilityAssessment.Perf.Saves;

/// <summary>POSTs GraphQL requests to /graphql, as a given bearer (a respondent's link token) or anonymously.</summary>
internal sealed class GraphQLClient(HttpClient http)
{
    public HttpClient Http => http;

    public async Task<JsonElement> SendAsync(string query, object? variables, string? bearer,
        CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            { Content = JsonContent.Create(new { query, variables }) };
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        using var response = await http.SendAsync(request, ct);
        return await response.Content.ReadFromJsonAsync<JsonElement>(ct);
    }

    public async Task<JsonElement> DataAsync(string query, object? variables = null, string? bearer = null)
    {
        var body = await SendAsync(query, variables, bearer);
        if (body.TryGetProperty("errors", out var errors))
            throw new InvalidOperationException("GraphQL errors: " + errors);
        return body.GetProperty("data");
    }

    public static string? FirstErrorCode(JsonElement body) =>
        body.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0
            ? errors[0].TryGetProperty("extensions", out var ext) && ext.TryGetProperty("code", out var code)
                ? code.GetString() : "ERROR"
            : null;
}
