using Alba;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Tests.Fieldwork;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Reports;

/// <summary>
/// Closed (or open) dcvn assessments through GraphQL, as
/// profiles_of_closed_assessments makes them, and report requests.
/// </summary>
internal static class ReportScenarios
{
    public static InstrumentDefinition Dcvn(IAlbaHost host) =>
        host.Services.GetRequiredService<InstrumentCatalog>().Get("dcvn", 1)!;

    /// <summary>
    /// Starts a self-service assessment, answers every item with value(i) (null: "don't
    /// know") and submits, which closes it.
    /// </summary>
    public static async Task<(Guid Id, string Token)> ClosedAsync(IAlbaHost host, Func<int, int?> value,
        string firm = "Acme Oy")
    {
        var (id, token) = await OpenAsync(host, firm);
        var respondent = new AssessmentClient(host, token);
        var answers = Dcvn(host).Items.Select((item, i) => (object)(value(i) is { } v
            ? new { itemId = item.Id, value = (int?)v }
            : new { itemId = item.Id, value = (int?)null, dontKnow = true })).ToArray();
        Assert.Empty(AssessmentClient.Codes(await respondent.Save(2, answers)));
        await respondent.Data("mutation { submitResponse { version } }");
        return (id, token);
    }

    public static async Task<(Guid Id, string Token)> OpenAsync(IAlbaHost host, string firm = "Acme Oy")
    {
        var consultant = await AssessmentClient.Consultant(host, "acme");
        var data = await consultant.Data("""
            mutation($name: String!) { startAssessment(instrumentVersion: 1, instrumentKey: "dcvn", firm: { name: $name, country: "FI", industry: "C", employees: 40 }, respondentRole: "managing_director") { assessmentId token } }
            """, new { name = firm });
        var link = data.GetProperty("startAssessment");
        return (link.GetProperty("assessmentId").GetGuid(), link.GetProperty("token").GetString()!);
    }

    public static async Task<(int Status, string Body, IScenarioResult Result)> GetAsync(IAlbaHost host, string url)
    {
        var result = await host.Scenario(s =>
        {
            s.Get.Url(url);
            s.IgnoreStatusCode();
        });
        return (result.Context.Response.StatusCode, await result.ReadAsTextAsync(), result);
    }
}
