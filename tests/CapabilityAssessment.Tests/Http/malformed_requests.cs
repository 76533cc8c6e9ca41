using System.Text.Json;
using System.Text.RegularExpressions;
using CapabilityAssessment.Access;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Tests.Fieldwork;
using CapabilityAssessment.Tests.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Http;

public sealed class NoRateLimits() : OwnHost(new Dictionary<string, string?>
{
    ["Limits:RequestsPerToken"] = "0",
    ["Limits:RequestsPerClient"] = "0",
    ["Limits:RefusedTokensPerClient"] = "0",
});

/// <summary>
/// Fuzzing with a fixed seed: no request, however broken, gets a 5xx, and every error it gets names its code.
/// </summary>
public sealed partial class malformed_requests(NoRateLimits service) : IClassFixture<NoRateLimits>
{
    private const int Seed = 20261124;

    [Fact]
    public async Task two_thousand_malformed_graphql_requests_get_no_5xx_and_every_error_has_a_code()
    {
        var (generator, _) = await Generator(Seed);
        using var client = service.Host.Server.CreateClient();
        var problems = new List<string>();
        for (var i = 0; i < 2000; i++)
        {
            var request = generator.NextGraphQL();
            using var response = await client.SendAsync(MalformedRequests.ToHttp(request));
            var problem = GraphQLProblem((int)response.StatusCode, await response.Content.ReadAsStringAsync());
            if (problem is not null) problems.Add($"#{i} {request.Name}: {problem}");
        }
        Assert.True(problems.Count == 0, $"{problems.Count} bad answers:\n" + string.Join("\n", problems.Take(20)));
    }

    [Fact]
    public async Task a_thousand_malformed_form_posts_get_no_5xx_and_every_error_has_a_code()
    {
        var (generator, browser) = await Generator(Seed + 1);
        var problems = new List<string>();
        for (var i = 0; i < 1000; i++)
        {
            var post = generator.NextFormPost();
            var content = new ByteArrayContent(post.Body!);
            if (post.ContentType is not null) content.Headers.TryAddWithoutValidation("Content-Type", post.ContentType);
            var response = await browser.SendAsync(post.Url, content, post.AntiforgeryHeader);
            var problem = FormProblem((int)response.StatusCode, browser.LastHtml);
            if (problem is not null) problems.Add($"#{i} {post.Name} {post.Url}: {problem}");
        }
        Assert.True(problems.Count == 0, $"{problems.Count} bad answers:\n" + string.Join("\n", problems.Take(20)));
    }

    /// <summary>
    /// A generator over four respondents' links and an admin key, and a browser holding the antiforgery cookie.
    /// </summary>
    private async Task<(MalformedRequests Generator, FormBrowser Browser)> Generator(int seed)
    {
        var links = new List<string>();
        for (var i = 0; i < 4; i++) links.Add((await FormBrowser.StartAsync(service.Host)).Token);
        var browser = FormBrowser.For(service.Host, links[0]);
        await browser.GetAsync($"/a/{links[0]}/m/cognitive");
        var items = service.Host.Services.GetRequiredService<InstrumentCatalog>()
            .Get("dcvn", 1)!.Items.Select(i => i.Id)
            .ToList();
        var tokens = links.Append(await AssessmentClient.IssueKey(service.Host, PrincipalRole.Admin, null)).ToList();
        return (new MalformedRequests(seed, items, tokens, browser.AntiforgeryToken), browser);
    }

    private static string? GraphQLProblem(int status, string body)
    {
        if (status >= 500) return $"{status} {Excerpt(body)}";
        JsonElement json;
        try { json = JsonDocument.Parse(body).RootElement; }
        catch (JsonException) { return $"{status}, not JSON: {Excerpt(body)}"; }
        if (!json.TryGetProperty("errors", out var errors)) return status >= 400 ? $"{status} without errors" : null;
        foreach (var error in errors.EnumerateArray())
            if (!error.TryGetProperty("extensions", out var x) || !x.TryGetProperty("code", out var code)
                || string.IsNullOrEmpty(code.GetString()))
                return $"{status}, an error without a code: {Excerpt(error.ToString())}";
        return null;
    }

    /// <summary>
    /// A refused post names its code (the message page's &lt;code&gt;, or the JSON's), or
    /// re-shows the form with its error summary.
    /// </summary>
    private static string? FormProblem(int status, string body)
    {
        if (status >= 500) return $"{status} {Excerpt(body)}";
        if (status < 400) return null;
        if (body.TrimStart().StartsWith('{'))
        {
            var json = JsonDocument.Parse(body).RootElement;
            var codes = json.TryGetProperty("errors", out var errors) ? errors.EnumerateArray()
                .Select(e => e.GetProperty("code").GetString())
                .ToList()
                : [json.GetProperty("code").GetString()];
            return codes.Count > 0 && codes.All(c => !string.IsNullOrEmpty(c)) ? null
                : $"{status}, JSON without codes: {Excerpt(body)}";
        }
        return Code().IsMatch(body) || body.Contains("id=\"error-summary\"", StringComparison.Ordinal) ? null
            : $"{status}, a page without a code: {Excerpt(body)}";
    }

    private static string Excerpt(string text) => text.Length > 300 ? text[..300] + "…" : text;

    [GeneratedRegex("<code>[A-Z_]+</code>")]
    private static partial Regex Code();
}
