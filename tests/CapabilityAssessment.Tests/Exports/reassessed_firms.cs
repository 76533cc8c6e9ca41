using CapabilityAssessment.Assessments;
using CapabilityAssessment.Exports.Bundle;
using CapabilityAssessment.Instruments;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Exports;

/// <summary>
/// Issue #16: a release links a firm's repeated assessments (within itself only) and gives each response its language.
/// </summary>
[Collection("app")]
public sealed class reassessed_firms(AppFixture app)
{
    private InstrumentDefinition Dcvn => app.Host.Services.GetRequiredService<InstrumentCatalog>().Latest("dcvn")!;

    /// <summary>
    /// 12 firms of one profile, each assessed in March and again in April (T1 listed first, so order is by submission),
    /// half of them in Finnish: classes of 12 rows (count 2, language en or fi), all released at k = 5.
    /// </summary>
    private List<Assessment> TwiceAssessed()
    {
        var made = GeneratedAssessments.Make(Dcvn, 24, seed: 3, rareEvery: int.MaxValue).ToList();
        var firms = Enumerable.Range(0, 12).Select(_ => Guid.NewGuid()).ToArray();
        return [.. made.Select((a, i) =>
        {
            var (firm, later) = (i / 2, i % 2 == 0);
            var at = later ? new DateTimeOffset(2026, 4, 20, 0, 0, 0, TimeSpan.Zero)
                : new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
            return a with
            {
                // made[0] is a rare firm
                FirmId = firms[firm], Language = firm % 2 == 0 ? "en" : "fi", Firm = made[1].Firm,
                Respondents = [.. a.Respondents.Take(1).Select(r => r with { SubmittedAt = at })],
            };
        })];
    }

    private async Task<Dictionary<string, byte[]>> Release(List<Assessment> source)
    {
        var writer = new BundleWriter(new ReleaseLayout([Dcvn]), (_, _) => "sha256:abc", [5, 10, 20]);
        using var zip = new MemoryStream();
        var rows = GeneratedAssessments.Rows(Dcvn, source);
        await writer.WriteAsync("r1", () => GeneratedAssessments.Async(rows), zip);
        return ReleaseClient.Unzip(zip.ToArray());
    }

    private static List<Dictionary<string, string>> Table(byte[] csv)
    {
        var rows = release_bundles.Csv(csv);
        return [.. rows.Skip(1).Select(r => rows[0].Select((name, i) => (name, r[i]))
            .ToDictionary(x => x.name, x => x.Item2))];
    }

    [Fact]
    public async Task a_firm_assessed_twice_has_one_pseudonym_in_a_release_with_t0_then_t1_by_submission()
    {
        var firms = Table((await Release(TwiceAssessed()))["firms.csv"]);

        Assert.Equal(24, firms.Count);
        var byFirm = firms.GroupBy(f => f["firm_pseudonym"]).ToList();
        Assert.Equal(12, byFirm.Count);
        Assert.All(byFirm, f =>
        {
            Assert.Equal(["T0", "T1"], f.Select(r => r["assessment_order"]).Order());
            Assert.Equal("2026-03", f.Single(r => r["assessment_order"] == "T0")["submission_month"]);
            Assert.Equal("2026-04", f.Single(r => r["assessment_order"] == "T1")["submission_month"]);
            Assert.All(f, r => Assert.Equal("2", r["firm_assessments"]));
            Assert.Single(f.Select(r => r["language"]).Distinct());
        });
        Assert.Equal(24, firms.Select(f => f["assessment_id"]).Distinct().Count());
        Assert.DoesNotContain(firms, f => f["assessment_id"] == f["firm_pseudonym"]);
    }

    [Fact]
    public async Task the_same_firm_has_different_pseudonyms_in_two_releases()
    {
        var source = TwiceAssessed();
        var first = Table((await Release(source))["firms.csv"]).Select(f => f["firm_pseudonym"]).ToHashSet();
        var second = Table((await Release(source))["firms.csv"]).Select(f => f["firm_pseudonym"]).ToHashSet();

        Assert.Equal(12, first.Count);
        Assert.Equal(12, second.Count);
        Assert.Empty(first.Intersect(second));
    }

    [Fact]
    public async Task every_response_carries_the_language_of_its_assessment()
    {
        var files = await Release(TwiceAssessed());
        var firms = Table(files["firms.csv"]).ToDictionary(f => f["assessment_id"]);
        var responses = Table(files["responses.csv"]);

        Assert.Equal(24, responses.Count);
        Assert.All(responses, r => Assert.Equal(firms[r["assessment_id"]]["language"], r["language"]));
        Assert.Equal(["en", "fi"], responses.Select(r => r["language"]).Distinct().Order());
    }

    [Fact]
    public async Task a_firm_that_alone_has_two_assessments_is_a_class_of_its_own_and_suppressed()
    {
        var source = GeneratedAssessments.Make(Dcvn, 30, seed: 8, rareEvery: int.MaxValue)
            .ToList();
        source = [.. source.Select(a => a with { Firm = source[1].Firm, Respondents = [.. a.Respondents.Take(1)] })];
        source[1] = source[1] with { FirmId = source[0].FirmId };

        var files = await Release(source);
        var firms = Table(files["firms.csv"]);

        Assert.Equal(28, firms.Count);
        Assert.All(firms, f => Assert.Equal("1", f["firm_assessments"]));
        Assert.Equal(28, firms.Select(f => f["firm_pseudonym"]).Distinct().Count());
    }
}
