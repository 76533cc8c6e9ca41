using System.Net;
using System.Text.RegularExpressions;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Fieldwork;
using CapabilityAssessment.Reports;
using CapabilityAssessment.Scoring;
using CapabilityAssessment.Storage;
using JasperFx;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using static CapabilityAssessment.Tests.Reports.ReportScenarios;

namespace CapabilityAssessment.Tests.Reports;

[Collection("app")]
public sealed class the_firms_report(AppFixture app)
{
    [Fact]
    public async Task a_closed_assessment_has_a_report_with_the_radar_the_data_table_and_the_band_texts()
    {
        var (id, token) = await ClosedAsync(app.Host, i => 1 + i % 5);
        var (status, html, result) = await GetAsync(app.Host, $"/r/{token}");

        Assert.Equal(200, status);
        Assert.Equal(CapabilityAssessment.Forms.SecurityHeaders.Policy,
            result.Context.Response.Headers.ContentSecurityPolicy.ToString());
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain(" style=", html);
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("Acme Oy", html);
        var dcvn = Dcvn(app.Host);
        Assert.Contains(WebUtility.HtmlEncode(dcvn.Title.Get("en")) + ", version 1", html);
        Assert.Contains($"<dd>{ScoringEngine.ScoringVersion}</dd>", html);

        Assert.Matches("<svg viewBox=\"0 0 720 560\" role=\"img\" aria-labelledby=\"radar-title radar-desc\"", html);
        Assert.Contains("<title id=\"radar-title\">", html);
        Assert.Contains("<desc id=\"radar-desc\">", html);
        Assert.Equal(4, Regex.Matches(html, "<polygon class=\"ring\"").Count);

        var profile = await Profile(id);
        var table = html[html.IndexOf("<table class=\"scores\">", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        var rows = Regex.Matches(table, "<tr><th scope=\"row\">").Count;
        var scored = profile.Constructs.Where(c => c.Score is not null && c.Layer != "management_mode").ToList();
        Assert.Equal(scored.Count, rows);
        foreach (var c in scored)
        {
            var title = WebUtility.HtmlEncode(dcvn.FindConstruct(c.Key)!.Title.Get("en"));
            Assert.Contains($">{title}</a></th>", table);
            Assert.Contains(
                $"<td class=\"num\">{Math.Round(c.Score!.Value, MidpointRounding.AwayFromZero):0}</td>", table);
            var band = dcvn.FindConstruct(c.Key)!.Scoring.Interpretation[c.Band!];
            Assert.Contains(WebUtility.HtmlEncode(band.Text.Get("en")), html);
        }
        Assert.Equal(scored.Count, Regex.Matches(html, "<circle class=\"dot\"").Count);
        Assert.Contains("All three layers", html);
        Assert.Contains("Dynamic-capability index", html);
        Assert.Contains("Weakest link", html);
        Assert.Contains("id=\"modes-title\">How you manage your partners", html);
        Assert.Contains("A higher score is not better here.", html);
        Assert.Contains("Where to start", html);
        Assert.Contains("Intervals and the comparison with peers appear once the first norm release", html);
        Assert.Single(Regex.Matches(html, "Intervals and the comparison with peers appear"));
        Assert.DoesNotContain("percentile", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("href=\"/r/" + token + "/report.pdf\"", html);
    }

    [Fact]
    public async Task the_report_speaks_finnish_with_lang_fi_and_remembers_it()
    {
        var (_, token) = await ClosedAsync(app.Host, _ => 4);
        var (status, html, result) = await GetAsync(app.Host, $"/r/{token}?lang=fi");

        Assert.Equal(200, status);
        Assert.Contains("<html lang=\"fi\">", html);
        Assert.Contains("Kyvykkyysraportti", html);
        var dcvn = Dcvn(app.Host);
        Assert.Contains(WebUtility.HtmlEncode(dcvn.Constructs[0].Title.Get("fi")), html);
        Assert.Contains(WebUtility.HtmlEncode(dcvn.Title.Get("fi")), html);
        Assert.Contains("Kaikki kolme tasoa", html);
        Assert.Contains("lang=fi; max-age=15552000; path=/;", result.Context.Response.Headers.SetCookie.ToString());
    }

    [Fact]
    public async Task a_language_chosen_in_the_form_carries_over_to_the_report()
    {
        var (_, token) = await ClosedAsync(app.Host, _ => 4);
        var form = await app.Host.Scenario(s => { s.Get.Url($"/a/{token}?lang=fi"); s.IgnoreStatusCode(); });
        var cookie = form.Context.Response.Headers.SetCookie.ToString();
        Assert.Contains("lang=fi", cookie);
        Assert.Contains("path=/;", cookie);

        var report = await app.Host.Scenario(s =>
        {
            s.Get.Url($"/r/{token}");
            s.WithRequestHeader("Cookie", "lang=fi");
        });
        Assert.Contains("<html lang=\"fi\">", await report.ReadAsTextAsync());
    }

    [Fact]
    public async Task an_open_assessment_has_no_report_yet_and_says_so()
    {
        var (_, token) = await OpenAsync(app.Host);
        var (status, html, _) = await GetAsync(app.Host, $"/r/{token}");
        Assert.Equal(409, status);
        Assert.Contains("<code>ASSESSMENT_NOT_CLOSED</code>", html);
        Assert.Contains("The report is ready once the assessment has closed", html);

        var (pdfStatus, pdfHtml, _) = await GetAsync(app.Host, $"/r/{token}/report.pdf");
        Assert.Equal(409, pdfStatus);
        Assert.Contains("ASSESSMENT_NOT_CLOSED", pdfHtml);
    }

    [Fact]
    public async Task an_unknown_link_gets_the_forms_not_found_page()
    {
        var (status, html, _) = await GetAsync(app.Host, "/r/not-a-real-token-0123456789");
        var (formStatus, formHtml, _) = await GetAsync(app.Host, "/a/not-a-real-token-0123456789");
        Assert.Equal(404, status);
        Assert.Equal(404, formStatus);
        Assert.Contains("<code>INVALID_TOKEN</code>", html);
        Assert.Equal(Body(formHtml), Body(html));
        Assert.Equal(404, (await GetAsync(app.Host, "/r/not-a-real-token-0123456789/report.pdf")).Status);
    }

    [Fact]
    public async Task a_firm_name_with_markup_is_escaped()
    {
        var (_, token) = await ClosedAsync(app.Host, _ => 3, "<script>alert(1)</script> & Co \"Oy\"");
        var (status, html, _) = await GetAsync(app.Host, $"/r/{token}");
        Assert.Equal(200, status);
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co &quot;Oy&quot;", html);
    }

    [Fact]
    public async Task constructs_that_could_not_be_scored_are_listed_with_the_reason()
    {
        var (_, token) = await ClosedAsync(app.Host, _ => null);
        var (status, html, _) = await GetAsync(app.Host, $"/r/{token}");
        Assert.Equal(200, status);
        Assert.Contains("Areas that could not be scored", html);
        Assert.Contains("No respondent answered enough of its questions", html);
        Assert.Contains("The index and the weakest link need a score for all three layers", html);
        Assert.DoesNotContain("role=\"img\"", html);
        Assert.Equal(Dcvn(app.Host).Constructs.Count, Regex.Matches(
            html[html.IndexOf("unscored-title", StringComparison.Ordinal)..], "<li>").Count);
    }

    [Fact]
    public async Task intervals_and_low_agreement_are_shown_where_the_profile_has_them()
    {
        var (id, _) = await ClosedAsync(app.Host, i => 2 + i % 3);
        var profile = (await Profile(id)) with
        {
            Constructs = (await Profile(id)).Constructs.Select(c =>
                c.Key == "flexibility" ? c with { LowAgreement = true, Rwg = 0.41 } : c).ToList(),
        };
        var state = (await app.Host.Services.GetRequiredService<AssessmentCommands>().LoadAsync(id, default))!;
        var instrument = Dcvn(app.Host);
        var ca = profile.Constructs.Single(c => c.Key == "cultural_awareness").Score!.Value;
        var lower = Math.Max(0, ca - 1.645 * 8);
        var pin = new ProfileNorms(id, Guid.NewGuid(), "2026-12-06", DateTimeOffset.UnixEpoch, 240,
            profile.ScoringVersion,
            [new PinnedConstruct("cultural_awareness", 1, 8, lower, Math.Min(100, ca + 1.645 * 8),
                "developing", "advanced",
                [new PinnedPeers("everyone=all", false, null, 240, 63, 55),
                    new PinnedPeers("country=FI", true, "BELOW_THRESHOLD: x", null, null, null)]),
             new PinnedConstruct("global_mindset", 1, null, null, null, null, null, [])]);

        var page = ReportBuilder.Build(state, profile, instrument, "en", pin, "/r/x", "/r/x/report.pdf");
        var area = page.Areas.Single(a => a.Id == "area-cultural_awareness");
        Assert.True(area.HasInterval);
        Assert.Equal($"{Math.Max(0, ca - 1.645 * 8):0}–{Math.Min(100, ca + 1.645 * 8):0}", area.Interval);
        Assert.False(page.Areas.Single(a => a.Id == "area-global_mindset").HasInterval);
        Assert.True(page.Areas.Single(a => a.Id == "area-flexibility").LowAgreement);

        var html = ReportTemplates.Shared.Render(page);
        Assert.Contains("Your team sees this differently.", html);
        Assert.Contains("agreement 0.41", html);
        Assert.Contains("class=\"area is-disputed\" id=\"area-flexibility\"", html);
        Assert.Contains("The bars show each score; the thin line", html);
        Assert.Contains("Compared with the norms of 2026-12-06: 240 firms.", html);
        Assert.Contains("<td class=\"num\">63</td><td class=\"num\">55</td>", html);
        Assert.Contains("too few firms to compare", html);
        Assert.Equal(3, Regex.Matches(html, "class=\"bar-interval\"").Count);
    }

    [Fact]
    public async Task without_chromium_the_pdf_is_unavailable_with_a_clear_code()
    {
        await using var host = await AppFixture.StartAsync(app.Database.ConnectionString,
            new Dictionary<string, string?> { ["CHROMIUM_PATH"] = "/nonexistent/chromium" });
        var (_, token) = await ClosedAsync(host, _ => 4);
        var (status, html, _) = await GetAsync(host, $"/r/{token}/report.pdf");
        Assert.Equal(503, status);
        Assert.Contains("<code>PDF_UNAVAILABLE</code>", html);
    }

    [Theory]
    [InlineData("Acme Oy", "capability-report-acme-oy-2025-03-01.pdf")]
    [InlineData("Ääkkösten Äly Oy", "capability-report-aakkosten-aly-oy-2025-03-01.pdf")]
    [InlineData("../../etc/passwd\r\nX: y\"", "capability-report-etc-passwd-x-y-2025-03-01.pdf")]
    [InlineData("<>", "capability-report-firm-2025-03-01.pdf")]
    public void the_pdf_file_name_is_sanitized(string firm, string expected) =>
        Assert.Equal(expected, ReportPdf.FileName(firm, new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero)));

    private async Task<AssessmentProfile> Profile(Guid id)
    {
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.LoadAsync<AssessmentProfile>(id))!;
    }

    private static string Body(string html) =>
        html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];
}
