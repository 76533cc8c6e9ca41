using Alba;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Tests.Fieldwork;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Scoring.Change;

/// <summary>
/// Its own service and database, so that the norm release's SEM of dcvn v1 rests only on the responses made here: 30
/// closed assessments of one managing director each, whose answers spread over the scale with some noise (alpha below
/// 1), then a norm release, so every later profile is pinned to it; no dcvn v2 response was in that release (so v2
/// profiles have no SEM).
/// </summary>
public sealed class ChangeFixture : IAsyncLifetime
{
    public const int Population = 30;
    private TestDatabase _database = null!;

    public IAlbaHost Host { get; private set; } = null!;
    public AssessmentClient Consultant { get; private set; } = null!;
    internal InstrumentDefinition V1 => Host.Services.GetRequiredService<InstrumentCatalog>().Get("dcvn", 1)!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        Host = await AppFixture.StartAsync(_database.ConnectionString, new Dictionary<string, string?>
        {
            ["Limits:RequestsPerToken"] = "0",
        });
        Consultant = await AssessmentClient.Consultant(Host, "acme");
        for (var r = 0; r < Population; r++)
        {
            var level = 1 + r % 5;
            await ClosedAsync(null, (item, i) => Math.Clamp(level + ((r + i) % 3 == 0 ? 1 : 0) -
                ((r + 2 * i) % 4 == 0 ? 1 : 0), 1, 5));
        }
        await Host.Services.GetRequiredService<CapabilityAssessment.Norms.NormPublisher>()
            .PublishAsync("dcvn", default);
    }

    /// <summary>
    /// A closed dcvn v1 assessment of one managing director answering keyed(item, index) on every item.
    /// </summary>
    internal async Task<(Guid Id, string Token, Guid FirmId)> ClosedAsync(Guid? firmId, Func<Item, int, int> keyed)
    {
        var start = await Consultant.Data("""
            mutation($f: ID) { startAssessment(instrumentVersion: 1, instrumentKey: "dcvn", firmId: $f,
              firm: { name: "Change Oy", country: "FI", industry: "C", employees: 40 }) { assessmentId token } }
            """, new { f = firmId });
        var id = start.GetProperty("startAssessment").GetProperty("assessmentId").GetGuid();
        var token = start.GetProperty("startAssessment").GetProperty("token").GetString()!;
        var respondent = Consultant.As(token);
        var answers = V1.Items.Select((item, i) => (object)new { itemId = item.Id,
            value = Raw(item, keyed(item, i)) }).ToArray();
        Assert.Empty(AssessmentClient.Codes(await respondent.Save(2, answers)));
        await respondent.Data("mutation { submitResponse { version } }");
        var firm = await Consultant.Data("query($id: ID!) { assessment(id: $id) { firmId status } }", new { id });
        Assert.Equal("CLOSED", firm.GetProperty("assessment").GetProperty("status").GetString());
        return (id, token, firm.GetProperty("assessment").GetProperty("firmId").GetGuid());
    }

    /// <summary>The answer that scores <paramref name="keyed"/> after reverse keying.</summary>
    internal static int Raw(Item item, int keyed) => item.Reverse ? 6 - keyed : keyed;

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await _database.DisposeAsync();
    }
}
