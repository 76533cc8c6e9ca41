using System.Net;
using System.Text.Json;
using CapabilityAssessment.Access;
using CapabilityAssessment.Exports.Releases;
using CapabilityAssessment.Storage;
using CapabilityAssessment.Tests.Forms;
using JasperFx;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Access;

/// <summary>
/// The pages and downloads take their credential in the URL: a wrong one is refused with a clear code, never a 500.
/// </summary>
[Collection("access")]
public sealed class pages_and_downloads_check_their_token(AccessFixture access)
{
    [Fact]
    public async Task the_form_opens_only_with_a_respondents_own_live_link()
    {
        var target = await access.NewTarget(TargetState.Open);
        var browser = FormBrowser.For(access.Host, target.RespondentToken);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/a/{target.RespondentToken}")).StatusCode);

        var apiKey = await Fieldwork.AssessmentClient.IssueKey(access.Host, PrincipalRole.Admin, null);
        foreach (var token in new[] { "not-a-token-of-anyone-at-all", apiKey, await ExpiredLink(target),
            target.RespondentToken + "x" })
        {
            var response = await browser.GetAsync($"/a/{Uri.EscapeDataString(token)}/review");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("<code>INVALID_TOKEN</code>", browser.LastHtml);
        }
    }

    [Fact]
    public async Task a_post_with_a_valid_antiforgery_token_but_someone_elses_link_is_refused()
    {
        var target = await access.NewTarget(TargetState.Open);
        var browser = FormBrowser.For(access.Host, target.RespondentToken);
        await browser.GetAsync($"/a/{target.RespondentToken}/review");

        var submit = await browser.PostAsync("/a/not-a-token-of-anyone-at-all/submit", []);
        Assert.Equal(HttpStatusCode.NotFound, submit.StatusCode);
        Assert.Contains("<code>INVALID_TOKEN</code>", browser.LastHtml);
        var autosave = await browser.SendAsync("/a/not-a-token-of-anyone-at-all/m/cognitive/autosave",
            new StringContent("""{"saveId":"6d0c7a4e-1f7b-4f55-9d1e-2a1c8d1e0f00","expectedVersion":2,"answers":[]}""",
                System.Text.Encoding.UTF8, "application/json"), antiforgeryHeader: true);
        Assert.Equal(HttpStatusCode.NotFound, autosave.StatusCode);
        Assert.Equal("INVALID_TOKEN", JsonDocument.Parse(browser.LastHtml).RootElement.GetProperty("errors")[0]
            .GetProperty("code").GetString());
    }

    [Fact]
    public async Task the_report_opens_only_with_a_link_of_a_closed_assessment()
    {
        var closed = await access.NewTarget(TargetState.Closed);
        var open = await access.NewTarget(TargetState.Open);
        var browser = FormBrowser.For(access.Host, closed.RespondentToken);

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/r/{closed.RespondentToken}")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await browser.GetAsync($"/r/{open.RespondentToken}")).StatusCode);
        Assert.Contains("<code>ASSESSMENT_NOT_CLOSED</code>", browser.LastHtml);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/r/not-a-token-of-anyone-at-all")).StatusCode);
        Assert.Contains("<code>INVALID_TOKEN</code>", browser.LastHtml);
        Assert.Equal(HttpStatusCode.NotFound,
            (await browser.GetAsync("/r/not-a-token-of-anyone-at-all/report.pdf")).StatusCode);
        Assert.Contains("<code>INVALID_TOKEN</code>", browser.LastHtml);
    }

    [Fact]
    public async Task an_export_download_needs_its_signed_link_and_nothing_else_opens_it()
    {
        var links = access.Host.Services.GetRequiredService<ReleaseLinks>();
        var good = links.For(access.ReleaseId).Url;
        var browser = FormBrowser.For(access.Host, "");

        foreach (var (url, code) in new[]
        {
            ($"/exports/{access.ReleaseId}", "BAD_SIGNATURE"),
            (good[..good.IndexOf("&sig=", StringComparison.Ordinal)] + "&sig=" + new string('0', 64), "BAD_SIGNATURE"),
            (links.For(access.ReleaseId, DateTimeOffset.UtcNow.AddMinutes(-1)).Url, "LINK_EXPIRED"),
        })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync(url)).StatusCode);
            Assert.Equal(code, JsonDocument.Parse(browser.LastHtml).RootElement.GetProperty("code").GetString());
        }
        // The right link gets past the check: the empty release has no bundle to send.
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(good)).StatusCode);
        Assert.Equal("NOT_FOUND", JsonDocument.Parse(browser.LastHtml).RootElement.GetProperty("code").GetString());
    }

    /// <summary>A second link to the target's respondent that expired a minute ago.</summary>
    private async Task<string> ExpiredLink(Target target)
    {
        var store = access.Host.Services.GetRequiredService<IDocumentStore>();
        await using var query = store.QuerySession();
        var link = await query.LoadAsync<RespondentLink>(RespondentLink.IdFor(target.RespondentToken));
        var token = "expired-" + Guid.NewGuid().ToString("N");
        await using var session = store.LightweightSession();
        session.Insert(link! with { Id = RespondentLink.IdFor(token),
            ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1) });
        await session.SaveChangesAsync();
        return token;
    }
}
