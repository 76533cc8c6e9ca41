using System.Net;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Tests.Fieldwork;
using Microsoft.Extensions.DependencyInjection;
using static CapabilityAssessment.Tests.Reports.ReportScenarios;

namespace CapabilityAssessment.Tests.Reports;

[Collection("app")]
public sealed class the_report_of_a_version_2_assessment(AppFixture app)
{
    [Fact]
    public async Task shows_facet_scores_an_outcomes_section_and_the_index_caveat()
    {
        var catalog = app.Host.Services.GetRequiredService<InstrumentCatalog>();
        var consultant = await AssessmentClient.Consultant(app.Host, "acme");
        var (_, token) = await consultant.Start("orchestration", version: null);
        var orchestration = catalog.Latest("orchestration")!;
        var asked = InstrumentForms.ItemsFor(orchestration, "managing_director");
        var answers = orchestration.Items.Where(i => asked.Contains(i.Id))
            .Select(i => (object)new { itemId = i.Id, value = (int?)4 })
            .ToArray();
        var respondent = consultant.As(token);
        Assert.Empty(AssessmentClient.Codes(await respondent.Save(2, answers)));
        await respondent.Data("mutation { submitResponse { version } }");

        var (status, html, _) = await GetAsync(app.Host, $"/r/{token}");

        Assert.Equal(200, status);
        Assert.Contains("<table class=\"facets\"><caption>Parts of this area</caption>", html);
        // network_coordination's education facet: nc1 and nc2 answered 4 -> 75
        Assert.Contains($"<th scope=\"row\">{WebUtility.HtmlEncode("Educating partners")}</th><td " +
            "class=\"num\">75</td>", html);
        Assert.Contains("Results compared with competitors", html);
        Assert.Contains("it is not a scale where more is always better", html);
        Assert.Contains(WebUtility.HtmlEncode(orchestration.FindConstruct("innovation_output")!.Title.Get("en")), html);
    }
}
