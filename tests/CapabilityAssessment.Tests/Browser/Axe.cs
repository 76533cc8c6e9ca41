using Microsoft.Playwright;

namespace CapabilityAssessment.Tests.Browser;

/// <summary>
/// axe-core (vendored, see axe/README.md) run on the page as it is; the context must bypass CSP to inject it.
/// </summary>
public static class Axe
{
    private static readonly string Script = File.ReadAllText(System.IO.Path.Combine(RepositoryRoot.Path,
        "tests", "CapabilityAssessment.Tests", "Browser", "axe", "axe.min.js"));

    /// <summary>Every violation as "rule: selectors", WCAG 2.x A and AA rules and axe's best practices.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("typeof window.axe !== 'undefined'"))
            await page.AddScriptTagAsync(new() { Content = Script });
        return await page.EvaluateAsync<string[]>("""
            async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
                .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))
            """);
    }

    public static async Task AssertCleanAsync(IPage page)
    {
        var violations = await ViolationsAsync(page);
        Assert.True(violations.Count == 0,
            $"{page.Url} at {page.ViewportSize?.Width} px: {string.Join("; ", violations)}");
    }
}
