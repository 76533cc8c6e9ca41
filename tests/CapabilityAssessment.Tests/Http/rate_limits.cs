using System.Text.Json;
using Alba;
using CapabilityAssessment.Tests.Forms;
using CapabilityAssessment.Tests.GraphQL;

namespace CapabilityAssessment.Tests.Http;

public sealed class TightLimits() : OwnHost(new Dictionary<string, string?>
{
    ["Limits:RequestsPerToken"] = "3",
    ["Limits:RequestsPerClient"] = "3",
    ["Limits:RefusedTokensPerClient"] = "2",
});

/// <summary>Each test uses its own links and client addresses, so the budgets it spends are its own.</summary>
public sealed class rate_limits(TightLimits service) : IClassFixture<TightLimits>
{
    private const string Query = "{ serviceVersion }";

    [Fact]
    public async Task a_link_used_too_often_gets_429_with_retry_after_and_the_code_on_the_forms_page()
    {
        var browser = await FormBrowser.StartAsync(service.Host);
        for (var i = 0; i < 3; i++) Assert.Equal(200, (int)(await browser.GetAsync($"/a/{browser.Token}")).StatusCode);

        var refused = await browser.GetAsync($"/a/{browser.Token}/review");
        Assert.Equal(429, (int)refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        Assert.Contains("<code>RATE_LIMITED</code>", browser.LastHtml);
        Assert.Contains("frame-ancestors 'none'", refused.Headers.GetValues("Content-Security-Policy").Single());

        var other = await FormBrowser.StartAsync(service.Host);
        Assert.Equal(200, (int)(await other.GetAsync($"/a/{other.Token}")).StatusCode);
    }

    [Fact]
    public async Task an_autosave_over_the_limit_gets_the_code_in_its_json()
    {
        var browser = await FormBrowser.StartAsync(service.Host);
        await browser.GetAsync($"/a/{browser.Token}/m/cognitive");
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
            last = await browser.SendAsync($"/a/{browser.Token}/m/cognitive/autosave",
                JsonContent($$"""{"saveId":"{{Guid.NewGuid()}}","expectedVersion":2,"answers":[]}"""),
                antiforgeryHeader: true);
        Assert.Equal(429, (int)last!.StatusCode);
        Assert.Equal("RATE_LIMITED", JsonDocument.Parse(browser.LastHtml).RootElement.GetProperty("errors")[0]
            .GetProperty("code").GetString());
    }

    [Fact]
    public async Task anonymous_graphql_is_limited_per_address_while_a_token_has_a_budget_of_its_own()
    {
        var respondent = (await FormBrowser.StartAsync(service.Host)).Token;
        for (var i = 0; i < 3; i++)
            Assert.Equal(200, (await service.Host.From("10.1.0.1", "/graphql",
                json: new { query = Query })).Context.Response.StatusCode);

        var refused = await service.Host.From("10.1.0.1", "/graphql", json: new { query = Query });
        Assert.Equal(429, refused.Context.Response.StatusCode);
        Assert.False(string.IsNullOrEmpty(refused.Context.Response.Headers.RetryAfter));
        Assert.Equal(["RATE_LIMITED"], (await refused.ReadAsJsonAsync<JsonElement>()).ErrorCodes());

        Assert.Equal(200, (await service.Host.From("10.1.0.2", "/graphql",
            json: new { query = Query })).Context.Response.StatusCode);
        Assert.Equal(200, (await service.Host.From("10.1.0.1", "/graphql", respondent,
            new { query = Query })).Context.Response.StatusCode);
    }

    [Fact]
    public async Task an_address_sending_unknown_tokens_is_refused_with_429_while_valid_credentials_from_it_pass()
    {
        var good = (await FormBrowser.StartAsync(service.Host)).Token;
        for (var i = 0; i < 2; i++)
        {
            var guess = await service.Host.From("10.2.0.1", "/graphql", "guessed-token-number-" + i,
                new { query = Query });
            Assert.Equal(401, guess.Context.Response.StatusCode);
            Assert.Equal(["UNAUTHENTICATED"], (await guess.ReadAsJsonAsync<JsonElement>()).ErrorCodes());
        }
        for (var i = 2; i < 4; i++)
        {
            var waiting = await service.Host.From("10.2.0.1", "/graphql", "guessed-token-number-" + i,
                new { query = Query });
            Assert.Equal(429, waiting.Context.Response.StatusCode);
            Assert.InRange(int.Parse(waiting.Context.Response.Headers.RetryAfter!), 1, 60);
            Assert.Equal(["RATE_LIMITED"], (await waiting.ReadAsJsonAsync<JsonElement>()).ErrorCodes());
        }
        var guessedPage = await service.Host.From("10.2.0.1", "/a/guessed-link-number-xxxxxxxxxx", accept: "text/html");
        Assert.Equal(429, guessedPage.Context.Response.StatusCode);
        Assert.Contains("<code>RATE_LIMITED</code>", await guessedPage.ReadAsTextAsync());

        // An office behind one NAT address: its people's links and keys still work while the guesser waits.
        Assert.Equal(200, (await service.Host.From("10.2.0.1", "/graphql", good,
            new { query = Query })).Context.Response.StatusCode);
        Assert.Equal(200, (await service.Host.From("10.2.0.1", $"/a/{good}",
            accept: "text/html")).Context.Response.StatusCode);
    }

    [Fact]
    public async Task guessing_form_links_counts_as_refused_tokens_too()
    {
        var good = (await FormBrowser.StartAsync(service.Host)).Token;
        for (var i = 0; i < 2; i++)
            Assert.Equal(404, (await service.Host.From("10.3.0.1", $"/a/guessed-link-number-{i}-xxxxxxxx",
                accept: "text/html")).Context.Response.StatusCode);
        Assert.Equal(429, (await service.Host.From("10.3.0.1", "/r/guessed-link-number-9-xxxxxxxx",
            accept: "text/html")).Context.Response.StatusCode);
        Assert.Equal(429, (await service.Host.From("10.3.0.1", "/graphql", "guessed-token",
            new { query = Query })).Context.Response.StatusCode);
        Assert.Equal(200, (await service.Host.From("10.3.0.1", $"/a/{good}",
            accept: "text/html")).Context.Response.StatusCode);
    }

    [Fact]
    public async Task export_downloads_and_reports_are_limited_too()
    {
        var url = $"/exports/{Guid.NewGuid()}?expires=1&sig=00";
        for (var i = 0; i < 3; i++)
            Assert.Equal(403, (await service.Host.From("10.4.0.1", url)).Context.Response.StatusCode);
        var refused = await service.Host.From("10.4.0.1", url);
        Assert.Equal(429, refused.Context.Response.StatusCode);
        Assert.Equal("RATE_LIMITED", (await refused.ReadAsJsonAsync<JsonElement>()).GetProperty("code").GetString());

        var report = (await FormBrowser.StartAsync(service.Host)).Token;
        for (var i = 0; i < 3; i++)
            Assert.Equal(409, (await service.Host.From("10.4.0.2", $"/r/{report}",
                accept: "text/html")).Context.Response.StatusCode);
        Assert.Equal(429, (await service.Host.From("10.4.0.3", $"/r/{report}",
            accept: "text/html")).Context.Response.StatusCode);
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
