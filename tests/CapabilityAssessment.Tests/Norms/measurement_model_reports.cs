using System.Text.Json;
using Alba;
using CapabilityAssessment.Access;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Norms;
using CapabilityAssessment.Tests.Benchmarks;
using CapabilityAssessment.Tests.Fieldwork;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Norms;

/// <summary>
/// A norm release carries its measurement-model report, computed once when it is cut and read as a document.
/// </summary>
[Collection("peers")]
public sealed class measurement_model_reports(PeersFixture peers)
{
    private const string Query = """
        query($r: String) { measurementModel(instrumentKey: "dcvn", version: 1, release: $r) { release instrumentVersion
          estimator bootstrapReplicates constructs { construct respondents reason cfi rmsea srmr ordinalAlpha alphaLower
          alphaUpper omega factors items { item loading itemRest } warnings icc1 invariance { level } } } }
        """;

    private async Task<AssessmentClient> Researcher() =>
        new(peers.Host, await AssessmentClient.IssueKey(peers.Host, PrincipalRole.Researcher, null));

    [Fact]
    public async Task a_release_stores_one_model_per_scale_of_each_version_and_graphql_reads_it()
    {
        var release = await peers.PublishAsync();
        var stored = await peers.ScalarAsync<string>(
            $"SELECT data::text FROM mt_doc_measurement_report WHERE id = '{release.Id}'");
        var report = (await (await Researcher()).Data(Query, new { r = release.Label }))
            .GetProperty("measurementModel");

        Assert.Equal(release.Label, report.GetProperty("release").GetString());
        Assert.Equal(200, report.GetProperty("bootstrapReplicates").GetInt32());
        var v1 = peers.Host.Services.GetRequiredService<InstrumentCatalog>().Get("dcvn", 1)!;
        var scales = v1.Constructs.Where(c => !c.IsIndex).Select(c => c.Key).Order().ToList();
        var constructs = report.GetProperty("constructs").EnumerateArray().ToList();
        Assert.Equal(scales, constructs.Select(c => c.GetProperty("construct").GetString()!).Order().ToList());
        var fitted = constructs.Where(c => c.GetProperty("reason").ValueKind == JsonValueKind.Null).ToList();
        Assert.NotEmpty(fitted);
        Assert.All(fitted, c =>
        {
            Assert.InRange(c.GetProperty("ordinalAlpha").GetDouble(), c.GetProperty("alphaLower").GetDouble(),
                c.GetProperty("alphaUpper").GetDouble());
            Assert.InRange(c.GetProperty("srmr").GetDouble(), 0, 1);
            Assert.All(c.GetProperty("items").EnumerateArray(), i =>
                Assert.InRange(i.GetProperty("loading").GetDouble(), -1, 1));
        });
        Assert.Contains(release.Id.ToString(), stored);
    }

    [Fact]
    public async Task only_researchers_and_admins_read_the_model_and_others_are_forbidden()
    {
        var consultant = new AssessmentClient(
            peers.Host, await AssessmentClient.IssueKey(peers.Host, PrincipalRole.Consultant,
            PeersFixture.Organisation));
        var body = await consultant.Send(Query, new { r = (string?)null });
        Assert.Equal(["FORBIDDEN"], AssessmentClient.Codes(body));
        Assert.DoesNotContain("ordinalAlpha", body.ToString());
    }

    [Fact]
    public async Task the_page_shows_the_stored_model_to_a_researchers_key_and_refuses_everyone_else()
    {
        await peers.PublishAsync();
        var key = await AssessmentClient.IssueKey(peers.Host, PrincipalRole.Researcher, null);
        var page = await peers.Host.Scenario(s =>
        {
            s.Get.Url("/norms/dcvn/v1/measurement-model");
            s.WithBearerToken(key);
            s.StatusCodeShouldBeOk();
        });
        var html = await page.ReadAsTextAsync();
        Assert.Contains("<h1>Measurement model: ", html);
        Assert.Matches("<section class=\"block\" id=\"construct-[a-z_]+\">", html);
        Assert.Contains("Fit: chi-square ", html);

        var consultant = await AssessmentClient.IssueKey(peers.Host, PrincipalRole.Consultant,
            PeersFixture.Organisation);
        await peers.Host.Scenario(s =>
        {
            s.Get.Url("/norms/dcvn/v1/measurement-model");
            s.WithBearerToken(consultant);
            s.StatusCodeShouldBe(403);
        });
        await peers.Host.Scenario(s => { s.Get.Url("/norms/dcvn/v1/measurement-model"); s.StatusCodeShouldBe(401); });
    }

    [Fact]
    public void the_page_escapes_what_it_prints()
    {
        var model = new MeasurementPageModel("<script>x</script>", "2027", "2027-01-01", "ULS", "200", []);
        Assert.DoesNotContain("<script>x", MeasurementPage.Render(model));
    }
}
