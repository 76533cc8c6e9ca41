using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CapabilityAssessment.Tests.Forms;

[Collection("app")]
public sealed partial class leaving_a_module_page(AppFixture app)
{
    [Fact]
    public async Task every_way_off_a_module_page_is_a_button_that_saves_first()
    {
        var browser = await FormBrowser.StartAsync(app.Host);
        await browser.GetAsync($"/a/{browser.Token}/m/managerial");

        Assert.DoesNotContain("<a ", Regex.Replace(browser.LastHtml, "<a class=\"skip\"[^>]*>", ""));
        Assert.Contains($"form=\"answers\" name=\"go\" value=\"/a/{browser.Token}/m/cognitive\"", browser.LastHtml);
        Assert.DoesNotContain("saved as you go", browser.LastHtml);
    }

    [Fact]
    public async Task a_progress_button_saves_the_answers_and_goes_where_it_points()
    {
        var browser = await FormBrowser.StartAsync(app.Host);
        await browser.GetAsync($"/a/{browser.Token}/m/managerial");
        var item = FirstItem().Match(browser.LastHtml).Groups[1].Value;

        var response = await browser.PostAsync($"/a/{browser.Token}/m/managerial",
            [KeyValuePair.Create($"item.{item}", "2"), KeyValuePair.Create("version", browser.PageVersion().ToString()),
            KeyValuePair.Create("go", $"/a/{browser.Token}/m/cognitive")]);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal($"/a/{browser.Token}/m/cognitive", response.Headers.Location!.ToString());
        await browser.GetAsync($"/a/{browser.Token}/review");
        Assert.Contains("Your answers", browser.LastHtml);
        Assert.Matches($"href=\"/a/{browser.Token}/m/managerial#q-{item}-1\"", browser.LastHtml);
    }

    [Fact]
    public async Task a_destination_elsewhere_is_ignored()
    {
        var browser = await FormBrowser.StartAsync(app.Host);
        await browser.GetAsync($"/a/{browser.Token}/m/cognitive");
        var response = await browser.PostAsync($"/a/{browser.Token}/m/cognitive",
            [KeyValuePair.Create("version", browser.PageVersion().ToString()),
                KeyValuePair.Create("go", "https://evil.example/")]);
        Assert.Equal($"/a/{browser.Token}/m/managerial", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task an_autosave_conflict_is_explained_in_the_respondents_language()
    {
        var browser = await FormBrowser.StartAsync(app.Host, language: "fi");
        await browser.GetAsync($"/a/{browser.Token}/m/cognitive");
        var stale = browser.PageVersion();
        var item = FirstItem().Match(browser.LastHtml).Groups[1].Value;
        object Save(int value, long version) =>
            new { saveId = Guid.NewGuid(), expectedVersion = version,
            answers = new[] { new { itemId = item, value, dontKnow = false } } };
        await browser.SendAsync($"/a/{browser.Token}/m/cognitive/autosave", JsonContent.Create(Save(5, stale)),
            antiforgeryHeader: true);

        var conflict = await browser.SendAsync($"/a/{browser.Token}/m/cognitive/autosave",
            JsonContent.Create(Save(1, stale)), antiforgeryHeader: true);

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var error = JsonDocument.Parse(browser.LastHtml).RootElement.GetProperty("errors")[0];
        Assert.Equal("ANSWER_CONFLICT", error.GetProperty("code").GetString());
        Assert.StartsWith("Joku muu muutti", error.GetProperty("message").GetString());
    }

    [GeneratedRegex("name=\"item\\.([^\"]+)\"")]
    private static partial Regex FirstItem();
}
