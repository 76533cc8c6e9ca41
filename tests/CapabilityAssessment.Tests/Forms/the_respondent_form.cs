using System.Net;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Forms;

[Collection("app")]
public sealed class the_respondent_form(AppFixture app)
{
    [Fact]
    public async Task shows_the_overview_with_progress_and_security_headers()
    {
        var browser = await FormBrowser.StartAsync(app.Host);
        var response = await browser.GetAsync($"/a/{browser.Token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"en\">", browser.LastHtml);
        Assert.Contains("Acme Oy", browser.LastHtml);
        Assert.Contains("<progress id=\"progress-overall\"", browser.LastHtml);
        Assert.Contains($"/a/{browser.Token}/m/cognitive", browser.LastHtml);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(browser.LastHtml, "<h1"));
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        Assert.DoesNotContain("style=", browser.LastHtml);
        Assert.DoesNotContain("<script>", browser.LastHtml);
    }

    [Fact]
    public async Task switches_to_finnish_and_remembers_it()
    {
        var browser = await FormBrowser.StartAsync(app.Host);
        await browser.GetAsync($"/a/{browser.Token}?lang=fi");
        Assert.Contains("<html lang=\"fi\">", browser.LastHtml);
        await browser.GetAsync($"/a/{browser.Token}/review");
        Assert.Contains("<html lang=\"fi\">", browser.LastHtml);
        Assert.Contains("Tarkista ja lähetä", WebUtility.HtmlDecode(browser.LastHtml));
        await browser.GetAsync($"/a/{browser.Token}/firm");
        Assert.Contains("C – Teollisuus", WebUtility.HtmlDecode(browser.LastHtml));
        Assert.DoesNotContain("Manufacturing", browser.LastHtml);
    }

    [Fact]
    public async Task answers_an_unknown_link_with_not_found_and_INVALID_TOKEN()
    {
        var browser = FormBrowser.For(app.Host, "this-token-does-not-exist-anywhere");
        var response = await browser.GetAsync("/a/this-token-does-not-exist-anywhere");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("INVALID_TOKEN", browser.LastHtml);
        Assert.Contains("This link is not valid", browser.LastHtml);
    }

    [Fact]
    public async Task escapes_a_firm_name_that_looks_like_a_script()
    {
        var browser = await FormBrowser.StartAsync(app.Host, "<script>alert(1)</script>");
        await browser.GetAsync($"/a/{browser.Token}");
        Assert.DoesNotContain("<script>alert(1)</script>", browser.LastHtml);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", browser.LastHtml);
    }

    [Fact]
    public async Task saves_a_module_page_without_javascript_and_redirects_to_the_next_page()
    {
        var browser = await FormBrowser.StartAsync(app.Host);
        await browser.GetAsync($"/a/{browser.Token}/m/cognitive");
        var items = ItemsOf("cognitive");
        var fields = items.Select((id, i) => KeyValuePair.Create($"item.{id}", i == 0 ? "dk" : "4"))
            .Append(KeyValuePair.Create("version", browser.PageVersion().ToString()));

        var response = await browser.PostAsync($"/a/{browser.Token}/m/cognitive", fields);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal($"/a/{browser.Token}/m/managerial", response.Headers.Location!.ToString());
        await browser.GetAsync($"/a/{browser.Token}/m/cognitive");
        Assert.Contains($"id=\"q-{items[1]}-4\" name=\"item.{items[1]}\" value=\"4\" checked", browser.LastHtml);
        Assert.Contains($"id=\"q-{items[0]}-dk\" name=\"item.{items[0]}\" value=\"dk\" checked", browser.LastHtml);
    }

    [Fact]
    public async Task rerenders_a_value_outside_the_scale_with_an_error_summary_naming_the_item()
    {
        var browser = await FormBrowser.StartAsync(app.Host);
        await browser.GetAsync($"/a/{browser.Token}/m/cognitive");
        var item = ItemsOf("cognitive")[0];

        var response = await browser.PostAsync($"/a/{browser.Token}/m/cognitive",
            [KeyValuePair.Create($"item.{item}", "9"), KeyValuePair.Create("version",
                browser.PageVersion().ToString())]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("class=\"error-summary\" id=\"error-summary\" role=\"alert\"", browser.LastHtml);
        Assert.Contains($"<a href=\"#q-{item}-1\">", browser.LastHtml);
        Assert.Contains($"aria-describedby=\"q-{item}-error\"", browser.LastHtml);
        Assert.Contains($"id=\"q-{item}-error\"", browser.LastHtml);
    }

    [Fact]
    public async Task rejects_a_post_without_the_antiforgery_token()
    {
        var browser = await FormBrowser.StartAsync(app.Host);
        await browser.GetAsync($"/a/{browser.Token}/m/cognitive");
        var item = ItemsOf("cognitive")[0];

        var module = await browser.PostAsync($"/a/{browser.Token}/m/cognitive",
            [KeyValuePair.Create($"item.{item}", "3")], withAntiforgery: false);
        var submit = await browser.PostAsync($"/a/{browser.Token}/submit", [], withAntiforgery: false);

        Assert.Equal(HttpStatusCode.BadRequest, module.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, submit.StatusCode);
        Assert.Contains("ANTIFORGERY_FAILED", browser.LastHtml);
    }

    [Fact]
    public async Task lists_the_missing_answers_when_submitted_too_early()
    {
        var browser = await FormBrowser.StartAsync(app.Host);
        await browser.GetAsync($"/a/{browser.Token}/review");

        var response = await browser.PostAsync($"/a/{browser.Token}/submit", []);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("error-summary", browser.LastHtml);
        Assert.Contains($"/a/{browser.Token}/m/cognitive#q-{ItemsOf("cognitive")[0]}-1", browser.LastHtml);
        Assert.Contains("questions have no answer yet", browser.LastHtml);
    }

    [Fact]
    public async Task refuses_posts_after_the_response_was_submitted()
    {
        var browser = await FormBrowser.StartAsync(app.Host);
        foreach (var module in Modules())
        {
            await browser.GetAsync($"/a/{browser.Token}/m/{module}");
            var fields = ItemsOf(module).Select(id => KeyValuePair.Create($"item.{id}", "3"))
                .Append(KeyValuePair.Create("version", browser.PageVersion().ToString()));
            Assert.Equal(HttpStatusCode.SeeOther, (await browser.PostAsync($"/a/{browser.Token}/m/{module}",
                fields)).StatusCode);
        }
        await browser.GetAsync($"/a/{browser.Token}/review");
        Assert.Equal(HttpStatusCode.SeeOther, (await browser.PostAsync($"/a/{browser.Token}/submit", [])).StatusCode);
        await browser.GetAsync($"/a/{browser.Token}");
        Assert.Contains("The report is ready", browser.LastHtml); // the only respondent: submitting closed it
        Assert.Contains($"href=\"/r/{browser.Token}\"", browser.LastHtml);

        var again = await browser.PostAsync($"/a/{browser.Token}/m/cognitive",
            [KeyValuePair.Create($"item.{ItemsOf("cognitive")[0]}", "1")]);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("RESPONSE_SUBMITTED", browser.LastHtml);
        Assert.Contains("already been submitted", browser.LastHtml);
    }

    private InstrumentDefinition Dcvn() => app.Host.Services.GetRequiredService<InstrumentCatalog>().Get("dcvn", 1)!;

    private List<string> Modules() =>
        InstrumentForms.ModulesFor(Dcvn(), "managing_director").Select(m => m.Key).ToList();

    private List<string> ItemsOf(string module)
    {
        var instrument = Dcvn();
        return instrument.Modules.Single(m => m.Key == module).Constructs.SelectMany(c =>
            instrument.FindConstruct(c)!.Items).Select(i => i.Id).ToList();
    }
}
