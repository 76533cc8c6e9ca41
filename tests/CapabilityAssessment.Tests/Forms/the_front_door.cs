using System.Net;

namespace CapabilityAssessment.Tests.Forms;

[Collection("app")]
public sealed class the_front_door(AppFixture app)
{
    [Fact]
    public async Task speaks_finnish_to_a_finnish_browser_until_the_visitor_chooses_english()
    {
        var client = app.Host.Server.CreateClient();
        using var finnish = new HttpRequestMessage(HttpMethod.Get, "/");
        finnish.Headers.AcceptLanguage.ParseAdd("fi-FI,fi;q=0.9,en;q=0.5");
        var html = await (await client.SendAsync(finnish)).Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"fi\">", html);
        Assert.Contains("Aloita arviointi yritykselleni", WebUtility.HtmlDecode(html));

        var browser = FormBrowser.For(app.Host, "");
        await browser.GetAsync("/?lang=en");
        var kept = await browser.GetAsync("/");
        Assert.Contains("<html lang=\"en\">", browser.LastHtml);
        Assert.Contains("Start an assessment for my firm", browser.LastHtml);
        Assert.Contains("minutes", browser.LastHtml);
        Assert.Contains("k-anonymous", browser.LastHtml);
        Assert.Contains("rel=\"icon\"", browser.LastHtml);
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
    }

    [Fact]
    public async Task starts_a_self_service_assessment_and_sends_the_starter_to_its_form()
    {
        var browser = FormBrowser.For(app.Host, "");
        await browser.GetAsync("/");

        var response = await browser.PostAsync("/start", Fields(("name", "Pajala Works Oy"), ("employees", "35")));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith("/a/", location);
        await browser.GetAsync(location);
        Assert.Contains("Pajala Works Oy", browser.LastHtml);
    }

    [Fact]
    public async Task names_every_wrong_field_at_once_in_the_visitors_language_and_starts_nothing()
    {
        var browser = FormBrowser.For(app.Host, "");
        await browser.GetAsync("/?lang=fi");

        var response = await browser.PostAsync("/start",
            [KeyValuePair.Create("instrument", "dcvn"), KeyValuePair.Create("language", "fi"),
                KeyValuePair.Create("name", ""),
             KeyValuePair.Create("country", "XX"), KeyValuePair.Create("industry", ""),
             KeyValuePair.Create("employees", "lots")]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = WebUtility.HtmlDecode(browser.LastHtml);
        Assert.Contains("Yrityksen nimi: anna yrityksen nimi", html);
        Assert.Contains("Maa: valitse maa", html);
        Assert.Contains("Toimiala: valitse", html);
        Assert.Contains("Henkilöstön määrä: anna kokonaisluku", html);
        Assert.Contains("<a href=\"#firm-name\">", html);
        Assert.Contains("value=\"lots\"", html);
    }

    [Fact]
    public async Task refuses_a_start_without_the_antiforgery_token()
    {
        var browser = FormBrowser.For(app.Host, "");
        await browser.GetAsync("/");
        var response = await browser.PostAsync("/start", Fields(("name", "Robot Oy")), withAntiforgery: false);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ANTIFORGERY_FAILED", browser.LastHtml);
    }

    [Fact]
    public async Task lists_countries_by_name_in_each_language()
    {
        var browser = FormBrowser.For(app.Host, "");
        await browser.GetAsync("/?lang=fi");
        var fi = WebUtility.HtmlDecode(browser.LastHtml);
        await browser.GetAsync("/?lang=en");
        var en = WebUtility.HtmlDecode(browser.LastHtml);

        Assert.True(InOrder(fi, ">Itävalta<", ">Ruotsi<", ">Suomi<", ">Yhdysvallat<", ">Zimbabwe<"));
        Assert.True(InOrder(en, ">Afghanistan<", ">Åland Islands<", ">Albania<", ">Finland<", ">Sweden<",
            ">Zimbabwe<"));
        Assert.DoesNotContain(">Sweden<", fi);
    }

    private static bool InOrder(string html, params string[] names)
    {
        var at = names.Select(n => html.IndexOf(n, StringComparison.Ordinal)).ToList();
        return at[0] > 0 && at.Zip(at.Skip(1)).All(p => p.First < p.Second);
    }

    private static List<KeyValuePair<string, string>> Fields(params (string Name, string Value)[] extra)
    {
        var all = new Dictionary<string, string> { ["instrument"] = "dcvn", ["language"] = "en", ["country"] = "FI",
            ["industry"] = "C" };
        foreach (var (name, value) in extra) all[name] = value;
        return [.. all.Select(e => KeyValuePair.Create(e.Key, e.Value))];
    }
}
