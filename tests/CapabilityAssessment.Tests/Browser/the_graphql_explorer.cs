using Microsoft.Playwright;

namespace CapabilityAssessment.Tests.Browser;

public sealed class the_graphql_explorer : IClassFixture<Chromium>
{
    private readonly Chromium _chromium;
    public the_graphql_explorer(Chromium chromium) => _chromium = chromium;

    [Fact]
    public async Task runs_a_query_in_chromium_without_any_external_request()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var service = LiveService.Start(db.ConnectionString);
        var page = await _chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        var external = new List<string>();
        page.Request += (_, r) => { if (!r.Url.StartsWith(service.Address.ToString(),
            StringComparison.Ordinal)) external.Add(r.Url); };

        await page.GotoAsync(new Uri(service.Address, "/graphql").ToString());
        await page.Locator(".graphiql-container").WaitForAsync();
        // GraphiQL 3 edits with CodeMirror 5, which exposes its API on the wrapper element.
        await page.EvaluateAsync("document.querySelector('.graphiql-query-editor " +
            ".CodeMirror').CodeMirror.setValue('{ __typename }')");
        await page.Locator(".graphiql-execute-button").ClickAsync();
        await Assertions.Expect(page.Locator(".result-window")).ToContainTextAsync("\"__typename\": \"Query\"");
        await page.ScreenshotAsync(new() { Path = System.IO.Path.Combine(Chromium.ScreenshotFolder,
            "graphql-explorer.png") });

        Assert.Empty(external);
    }
}
