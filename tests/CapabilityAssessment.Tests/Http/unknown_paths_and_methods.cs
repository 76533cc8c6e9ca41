using System.Text.Json;
using Alba;
using CapabilityAssessment.Tests.Forms;

namespace CapabilityAssessment.Tests.Http;

[Collection("app")]
public sealed class unknown_paths_and_methods(AppFixture app)
{
    [Fact]
    public async Task an_unknown_path_answers_json_with_NOT_FOUND()
    {
        var result = await Send("GET", "/no/such/thing", "application/json");
        Assert.Equal(404, result.Context.Response.StatusCode);
        Assert.Equal("NOT_FOUND", JsonDocument.Parse(await result.ReadAsTextAsync()).RootElement.GetProperty("code")
            .GetString());
    }

    [Fact]
    public async Task a_wrong_method_answers_json_with_METHOD_NOT_ALLOWED_and_the_allowed_ones()
    {
        var result = await Send("DELETE", "/healthz", "application/json");
        Assert.Equal(405, result.Context.Response.StatusCode);
        Assert.Equal("GET", result.Context.Response.Headers.Allow.ToString());
        Assert.Equal("METHOD_NOT_ALLOWED",
            JsonDocument.Parse(await result.ReadAsTextAsync()).RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task an_unknown_page_under_a_link_is_the_html_message_page_without_the_token()
    {
        var token = (await FormBrowser.StartAsync(app.Host)).Token;
        var result = await Send("GET", $"/a/{token}/no-such-page", "application/json");
        Assert.Equal(404, result.Context.Response.StatusCode);
        var html = await result.ReadAsTextAsync();
        Assert.Contains("<code>NOT_FOUND</code>", html);
        Assert.DoesNotContain(token, html);
    }

    [Fact]
    public async Task an_autosave_with_a_charset_other_than_utf8_is_415()
    {
        var browser = await FormBrowser.StartAsync(app.Host);
        await browser.GetAsync($"/a/{browser.Token}/m/cognitive");
        var content = new StringContent($$"""{"saveId":"{{Guid.NewGuid()}}","expectedVersion":2,"answers":[]}""");
        content.Headers.ContentType =
            System.Net.Http.Headers.MediaTypeHeaderValue.Parse("application/json; charset=bogus");
        var response = await browser.SendAsync($"/a/{browser.Token}/m/cognitive/autosave", content,
            antiforgeryHeader: true);
        Assert.Equal(415, (int)response.StatusCode);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", JsonDocument.Parse(browser.LastHtml).RootElement.GetProperty("errors")[0]
            .GetProperty("code").GetString());
    }

    private Task<IScenarioResult> Send(string method, string url, string accept) => app.Host.Scenario(s =>
    {
        s.ConfigureHttpContext(c =>
        {
            c.Request.Method = method;
            c.Request.Path = url;
        });
        s.WithRequestHeader("Accept", accept);
        s.IgnoreStatusCode();
    });
}
