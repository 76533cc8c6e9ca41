using System.Text.Json;
using Alba;
using CapabilityAssessment.Access;
using CapabilityAssessment.Storage;
using JasperFx;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Fieldwork;

/// <summary>Talks to the service as a given caller through the real GraphQL endpoint.</summary>
public sealed class AssessmentClient(IAlbaHost host, string? bearer)
{
    public static async Task<AssessmentClient> Consultant(IAlbaHost host, string organisation) =>
        new(host, await IssueKey(host, PrincipalRole.Consultant, organisation));

    public static async Task<string> IssueKey(IAlbaHost host, PrincipalRole role, string? organisation,
        DateTimeOffset? expires = null)
    {
        var (key, token) = ApiKeysCommand.Issue(role, organisation, "test", DateTimeOffset.UtcNow, expires);
        await using var session = host.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        session.Insert(key);
        await session.SaveChangesAsync();
        return token;
    }

    public AssessmentClient As(string? token) => new(host, token);

    public async Task<JsonElement> Send(string query, object? variables = null)
    {
        var result = await host.Scenario(s =>
        {
            s.Post.Json(new { query, variables }).ToUrl("/graphql");
            if (bearer is not null) s.WithBearerToken(bearer);
            s.IgnoreStatusCode();
        });
        return await result.ReadAsJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> Data(string query, object? variables = null)
    {
        var body = await Send(query, variables);
        Assert.False(body.TryGetProperty("errors", out var errors), "unexpected errors: " + errors);
        return body.GetProperty("data");
    }

    /// <param name="version">The instrument version; most tests pin version 1, whose items and numbers
    /// they assert. Null: the latest.</param>
    public async Task<(Guid AssessmentId, string Token)> Start(
        string instrument = "dcvn", string country = "FI", string role = "managing_director", int? version = 1)
    {
        var data = await Data("""
            mutation($i: String!, $v: Int, $c: String!, $r: String) {
              startAssessment(instrumentVersion: $v, instrumentKey: $i, firm: { name: "Acme Oy", country: $c, industry: "C", employees: 40 }, respondentRole: $r) {
                assessmentId token url
              }
            }
            """, new { i = instrument, v = version, c = country, r = role });
        var link = data.GetProperty("startAssessment");
        return (link.GetProperty("assessmentId").GetGuid(), link.GetProperty("token").GetString()!);
    }

    public Task<JsonElement> Save(long expectedVersion, object[] answers, Guid? saveId = null) => Send("""
        mutation($s: ID!, $v: Long!, $a: [AnswerInput!]!) { saveAnswers(saveId: $s, expectedVersion: $v, answers: $a) { version } }
        """, new { s = saveId ?? Guid.NewGuid(), v = expectedVersion, a = answers });

    public static string[] Codes(JsonElement body) => GraphQL.GraphQLRequests.ErrorCodes(body);
}
