using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace CapabilityAssessment.Tests.Forms;

[Collection("app")]
public sealed class autosaving_and_conflicts(AppFixture app)
{
    [Fact]
    public async Task autosave_returns_the_new_version_and_needs_the_antiforgery_header()
    {
        var browser = await FormBrowser.StartAsync(app.Host);
        await browser.GetAsync($"/a/{browser.Token}/m/cognitive");
        var item = FirstItem(browser.LastHtml);
        var body = new { saveId = Guid.NewGuid(), expectedVersion = browser.PageVersion(),
            answers = new[] { new { itemId = item, value = 3, dontKnow = false } } };

        var refused = await browser.SendAsync($"/a/{browser.Token}/m/cognitive/autosave", JsonContent.Create(body),
            antiforgeryHeader: false);
        var saved = await browser.SendAsync($"/a/{browser.Token}/m/cognitive/autosave", JsonContent.Create(body),
            antiforgeryHeader: true);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.True(JsonDocument.Parse(browser.LastHtml).RootElement.GetProperty("version")
            .GetInt64() > body.expectedVersion);
    }

    [Fact]
    public async Task an_autosave_to_a_module_the_respondent_does_not_have_is_not_found_and_saves_nothing()
    {
        var browser = await FormBrowser.StartAsync(app.Host);
        await browser.GetAsync($"/a/{browser.Token}/m/cognitive");
        var version = browser.PageVersion();
        var body = new { saveId = Guid.NewGuid(), expectedVersion = version,
            answers = new[] { new { itemId = FirstItem(browser.LastHtml), value = 3, dontKnow = false } } };

        var refused = await browser.SendAsync($"/a/{browser.Token}/m/no_such_module/autosave", JsonContent.Create(body),
            antiforgeryHeader: true);

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Contains("INVALID_TOKEN", browser.LastHtml);
        await browser.GetAsync($"/a/{browser.Token}/m/cognitive");
        Assert.Equal(version, browser.PageVersion());
    }

    [Fact]
    public async Task a_stale_page_shows_the_newer_answer_and_saving_again_confirms()
    {
        var browser = await FormBrowser.StartAsync(app.Host);
        await browser.GetAsync($"/a/{browser.Token}/m/cognitive");
        var stale = browser.PageVersion();
        var item = FirstItem(browser.LastHtml);
        var other = FormBrowser.For(app.Host, browser.Token);
        await other.GetAsync($"/a/{browser.Token}/m/cognitive");
        Assert.Equal(HttpStatusCode.SeeOther, (await other.PostAsync($"/a/{browser.Token}/m/cognitive",
            [KeyValuePair.Create($"item.{item}", "5"), KeyValuePair.Create("version",
                other.PageVersion().ToString())])).StatusCode);

        var conflict = await browser.PostAsync($"/a/{browser.Token}/m/cognitive",
            [KeyValuePair.Create($"item.{item}", "1"), KeyValuePair.Create("version", stale.ToString())]);

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Contains("Strongly agree", WebUtility.HtmlDecode(browser.LastHtml));
        Assert.Contains($"id=\"q-{item}-5\" name=\"item.{item}\" value=\"5\" checked", browser.LastHtml);
        var confirmed = await browser.PostAsync($"/a/{browser.Token}/m/cognitive",
            [KeyValuePair.Create($"item.{item}", "1"), KeyValuePair.Create("version",
                browser.PageVersion().ToString())]);
        Assert.Equal(HttpStatusCode.SeeOther, confirmed.StatusCode);
    }

    [Fact]
    public async Task the_largest_page_with_its_css_and_script_weighs_under_60_kb()
    {
        var browser = await FormBrowser.StartAsync(app.Host, language: "fi");
        var bytes = 0;
        foreach (var path in new[] { "", "/firm", "/m/cognitive", "/m/managerial", "/m/value_net_inventory",
            "/review" })
        {
            await browser.GetAsync($"/a/{browser.Token}{path}");
            bytes = Math.Max(bytes, Encoding.UTF8.GetByteCount(browser.LastHtml));
        }
        await browser.GetAsync("/form/form.css");
        bytes += Encoding.UTF8.GetByteCount(browser.LastHtml);
        await browser.GetAsync("/form/form.js");
        bytes += Encoding.UTF8.GetByteCount(browser.LastHtml);
        Assert.True(bytes < 60 * 1024, $"{bytes} bytes");
    }

    private static string FirstItem(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "name=\"item\\.([^\"]+)\"").Groups[1].Value;
}
