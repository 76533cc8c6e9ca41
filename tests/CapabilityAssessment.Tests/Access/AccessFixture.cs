using System.Text.Json;
using Alba;
using CapabilityAssessment.Access;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Tests.Fieldwork;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Access;

public enum Caller { Admin, Consultant, OtherConsultant, Researcher, Respondent, Anonymous, RevokedKey, ExpiredKey }

/// <summary>
/// An assessment of the consultant's organisation in a given state, with its first respondent's link token.
/// </summary>
public sealed record Target(Guid Id, string RespondentToken, Guid? Colleague = null, Guid FirmId = default);

public enum TargetState { Open, Answered, OneOfTwoSubmitted, Closed }

/// <summary>
/// Its own service and database, with a key for every role (a revoked and an expired admin key among them), and fresh
/// assessments of the consultant's organisation ("acme") on demand. Rate limits are off: these tests are about who may
/// do what, and they send many refused tokens on purpose.
/// </summary>
public sealed class AccessFixture : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private readonly Dictionary<Caller, string?> _tokens = [];

    public IAlbaHost Host { get; private set; } = null!;
    public Guid ReleaseId { get; private set; }
    public object[] AllAnswers { get; private set; } = [];

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        Host = await AppFixture.StartAsync(_database.ConnectionString, new Dictionary<string, string?>
        {
            ["Limits:RequestsPerClient"] = "0",
            ["Limits:RefusedTokensPerClient"] = "0",
        });
        _tokens[Caller.Admin] = await AssessmentClient.IssueKey(Host, PrincipalRole.Admin, null);
        _tokens[Caller.Consultant] = await AssessmentClient.IssueKey(Host, PrincipalRole.Consultant, "acme");
        _tokens[Caller.OtherConsultant] = await AssessmentClient.IssueKey(Host, PrincipalRole.Consultant, "globex");
        _tokens[Caller.Researcher] = await AssessmentClient.IssueKey(Host, PrincipalRole.Researcher, null);
        _tokens[Caller.Anonymous] = null;
        _tokens[Caller.ExpiredKey] = await AssessmentClient.IssueKey(Host, PrincipalRole.Admin, null,
            DateTimeOffset.UtcNow.AddMinutes(-1));
        _tokens[Caller.RevokedKey] = await RevokedAdminKey();
        AllAnswers = [.. Host.Services.GetRequiredService<InstrumentCatalog>()
            .Get("dcvn", 1)!.Items.Select(i => (object)new { itemId = i.Id, value = 3 })];
        var release = await As(Caller.Researcher).Data("""
            mutation { requestDatasetRelease(instrumentKey: "dcvn", from: "2020-01-01T00:00:00Z", to: "2020-01-02T00:00:00Z") { id } }
            """);
        ReleaseId = release.GetProperty("requestDatasetRelease").GetProperty("id").GetGuid();
    }

    /// <summary>The caller's client; a respondent is the first respondent of <paramref name="target"/>.</summary>
    public AssessmentClient As(Caller caller, Target? target = null) =>
        new(Host, caller == Caller.Respondent ? target?.RespondentToken
            ?? throw new ArgumentNullException(nameof(target)) : _tokens[caller]);

    public async Task<Target> NewTarget(TargetState state)
    {
        var (id, token) = await As(Caller.Consultant).Start();
        var firm = await As(Caller.Consultant).Data("query($id: ID!) { assessment(id: $id) { firmId } }", new { id });
        var target = new Target(id, token, FirmId: firm.GetProperty("assessment").GetProperty("firmId").GetGuid());
        if (state == TargetState.OneOfTwoSubmitted)
        {
            var invited = await As(Caller.Consultant).Data(
                "mutation($id: ID!) { inviteRespondent(assessmentId: $id, role: \"function_head\") { respondentId } }",
                new { id });
            target = target with { Colleague = invited.GetProperty("inviteRespondent").GetProperty("respondentId")
                .GetGuid() };
        }
        if (state == TargetState.Open) return target;
        var respondent = As(Caller.Respondent, target);
        var saved = await respondent.Save(state == TargetState.OneOfTwoSubmitted ? 3 : 2, AllAnswers);
        Assert.Empty(AssessmentClient.Codes(saved));
        if (state != TargetState.Answered) await respondent.Data("mutation { submitResponse { version } }");
        return target;
    }

    private async Task<string> RevokedAdminKey()
    {
        var token = await AssessmentClient.IssueKey(Host, PrincipalRole.Admin, null);
        await new AssessmentClient(Host, token).Data("{ assessments { totalCount } }"); // good until revoked
        var keyId = token[ApiKey.Prefix.Length..].Split('_')[0];
        Assert.Equal(0, await ApiKeysCommand.RunAsync(Host.Services, ["revoke", keyId], new StringWriter()));
        return token;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await _database.DisposeAsync();
    }
}

[CollectionDefinition("access")]
public sealed class AccessCollection : ICollectionFixture<AccessFixture>;

internal static class Outcomes
{
    public const string Data = "data";

    /// <summary>"data" when the field answered without errors, else the error codes joined by commas.</summary>
    public static string Of(JsonElement body, string field)
    {
        var codes = AssessmentClient.Codes(body);
        if (codes.Length > 0) return string.Join(",", codes.Distinct());
        return body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            && data.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null ? Data
                : "null without an error";
    }
}
