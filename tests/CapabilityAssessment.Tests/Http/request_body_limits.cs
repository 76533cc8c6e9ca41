using System.Net;
using System.Text;
using System.Text.Json;
using CapabilityAssessment.Tests.Forms;
using CapabilityAssessment.Tests.GraphQL;

namespace CapabilityAssessment.Tests.Http;

[Collection("app")]
public sealed class request_body_limits(AppFixture app)
{
    private static readonly string Huge = new('1', 70 * 1024);

    [Fact]
    public async Task an_oversized_form_post_is_refused_on_the_forms_page_with_REQUEST_TOO_LARGE()
    {
        var browser = await FormBrowser.StartAsync(app.Host);
        await browser.GetAsync($"/a/{browser.Token}/firm");
        var response = await browser.PostAsync($"/a/{browser.Token}/firm", [KeyValuePair.Create("name", Huge)]);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("<code>REQUEST_TOO_LARGE</code>", browser.LastHtml);
        Assert.Contains("<html lang=\"en\">", browser.LastHtml);
    }

    [Fact]
    public async Task an_oversized_autosave_is_refused_in_its_json()
    {
        var browser = await FormBrowser.StartAsync(app.Host);
        await browser.GetAsync($"/a/{browser.Token}/m/cognitive");
        var response = await browser.SendAsync($"/a/{browser.Token}/m/cognitive/autosave",
            new StringContent($$"""{"saveId":"{{Guid.NewGuid()}}","expectedVersion":2,"answers":[],"pad":"{{Huge}}"}""",
                Encoding.UTF8, "application/json"),
            antiforgeryHeader: true);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", JsonDocument.Parse(browser.LastHtml).RootElement.GetProperty("errors")[0]
            .GetProperty("code").GetString());
    }

    [Fact]
    public async Task a_form_post_that_is_not_a_form_is_415_with_a_code()
    {
        var browser = await FormBrowser.StartAsync(app.Host);
        await browser.GetAsync($"/a/{browser.Token}/firm");
        var response = await browser.SendAsync($"/a/{browser.Token}/firm",
            new StringContent("""{"name":"Acme"}""", Encoding.UTF8, "application/json"), antiforgeryHeader: true);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("<code>UNSUPPORTED_MEDIA_TYPE</code>", browser.LastHtml);
    }

    [Fact]
    public async Task graphql_keeps_its_own_larger_limit()
    {
        var padded = "{ __typename }" + new string(' ', 100 * 1024);
        var (status, body) = await app.Host.PostGraphQL(padded);
        Assert.Equal(200, status);
        Assert.Empty(body.ErrorCodes());
    }
}
