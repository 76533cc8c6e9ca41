using System.Net;
using System.Text.RegularExpressions;
using CapabilityAssessment.Access;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Fieldwork;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Forms;

/// <summary>
/// A cookie-keeping, non-redirecting client over the in-memory server, enough to walk the no-JavaScript form.
/// </summary>
internal sealed partial class FormBrowser(HttpClient client)
{
    private readonly Dictionary<string, string> _cookies = [];
    private string? _antiforgery;

    public string Token { get; private set; } = "";

    public string LastHtml { get; private set; } = "";

    /// <param name="version">The dcvn version; the form tests assert version 1's pages unless told otherwise.</param>
    public static async Task<FormBrowser> StartAsync(Alba.IAlbaHost host, string firmName = "Acme Oy",
        string role = "managing_director", string language = "en", int version = 1)
    {
        using var scope = host.Services.CreateScope();
        var commands = scope.ServiceProvider.GetRequiredService<AssessmentCommands>();
        var (result, link) = await commands.StartAsync(Principal.Anonymous, "dcvn", version,
            new FirmProfile(firmName, "FI", "C"), language, role, default);
        Assert.True(result.Succeeded, string.Join("; ", result.Problems.Select(p => p.Message)));
        var client = new FormBrowser(host.Server.CreateClient());
        client.Token = link!.Token;
        return client;
    }

    public static FormBrowser For(Alba.IAlbaHost host, string token) =>
        new(host.Server.CreateClient()) { Token = token };

    /// <summary>
    /// The same browser (cookies, token, the page it shows) talking to another instance, as behind a load balancer.
    /// </summary>
    public FormBrowser MovedTo(Alba.IAlbaHost host)
    {
        var moved = new FormBrowser(host.Server.CreateClient())
            { Token = Token, LastHtml = LastHtml, _antiforgery = _antiforgery };
        foreach (var (name, value) in _cookies) moved._cookies[name] = value;
        return moved;
    }

    public async Task<HttpResponseMessage> GetAsync(string url)
    {
        var response = await client.SendAsync(WithCookies(new HttpRequestMessage(HttpMethod.Get, url)));
        await Remember(response);
        return response;
    }

    public async Task<HttpResponseMessage> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields,
        bool withAntiforgery = true)
    {
        var all = fields.ToList();
        if (withAntiforgery) all.Add(KeyValuePair.Create("__RequestVerificationToken", AntiforgeryToken()));
        var request = WithCookies(new HttpRequestMessage(HttpMethod.Post, url)
            { Content = new FormUrlEncodedContent(all) });
        var response = await client.SendAsync(request);
        await Remember(response);
        return response;
    }

    public async Task<HttpResponseMessage> SendAsync(string url, HttpContent content, bool antiforgeryHeader)
    {
        var request = WithCookies(new HttpRequestMessage(HttpMethod.Post, url) { Content = content });
        if (antiforgeryHeader) request.Headers.Add("RequestVerificationToken", AntiforgeryToken());
        var response = await client.SendAsync(request);
        await Remember(response);
        return response;
    }

    /// <summary>
    /// The token of the latest page that had a form, as a browser would post from the page it still shows.
    /// </summary>
    public string AntiforgeryToken() =>
        _antiforgery ?? throw new InvalidOperationException("No page so far had an antiforgery field.");

    public long PageVersion() => VersionField().Match(LastHtml) is { Success: true } m
        ? long.Parse(m.Groups[1].Value)
        : throw new InvalidOperationException("The page has no version field: " +
            LastHtml[..Math.Min(LastHtml.Length, 3000)]);

    private HttpRequestMessage WithCookies(HttpRequestMessage request)
    {
        if (_cookies.Count > 0)
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        return request;
    }

    private async Task Remember(HttpResponseMessage response)
    {
        if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
            foreach (var cookie in cookies)
            {
                var pair = cookie.Split(';', 2)[0].Split('=', 2);
                _cookies[pair[0]] = pair[1];
            }
        LastHtml = await response.Content.ReadAsStringAsync();
        if (TokenField().Match(LastHtml) is { Success: true } m)
            _antiforgery = WebUtility.HtmlDecode(m.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("name=\"version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}
