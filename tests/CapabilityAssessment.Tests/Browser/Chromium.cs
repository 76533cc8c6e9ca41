using Microsoft.Playwright;

namespace CapabilityAssessment.Tests.Browser;

/// <summary>
/// Debian's chromium driven by Playwright (no browser download); screenshots go to artifacts/screenshots.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    private IPlaywright? _playwright;
    public IBrowser Browser { get; private set; } = null!;

    public static string ScreenshotFolder { get; } = Directory.CreateDirectory(
        System.IO.Path.Combine(RepositoryRoot.Path, "artifacts", "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>
    /// A context whose pages may take 90 s instead of Playwright's 30: the whole suite, dozens of in-memory services
    /// with their daemons among them, runs on two cores, and a page waiting for a core is not a failure. A page that
    /// never loads still fails.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return context;
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
