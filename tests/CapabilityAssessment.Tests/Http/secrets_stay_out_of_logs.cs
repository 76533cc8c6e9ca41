using Alba;
using CapabilityAssessment.Tests.Forms;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CapabilityAssessment.Tests.Http;

/// <summary>
/// Link tokens and download signatures are credentials: no log line, value or scope holds them (issue #19).
/// </summary>
public sealed class secrets_stay_out_of_logs : IAsyncLifetime
{
    private readonly CapturedLogs _logs = new();
    private TestDatabase _database = null!;
    private IAlbaHost _host = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _host = await AlbaHost.For<Program>(b => b.UseEnvironment("Testing")
                .ConfigureTestServices(s => s.AddSingleton<ILoggerProvider>(_logs)),
            ConfigurationOverride.Create(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Assessments"] = _database.ConnectionString,
                ["Logging:LogLevel:Default"] = "Debug",
            }));
    }

    [Fact]
    public async Task request_logging_shows_neither_link_tokens_nor_signatures()
    {
        var browser = await FormBrowser.StartAsync(_host);
        await browser.GetAsync($"/a/{browser.Token}");
        await browser.GetAsync($"/r/{browser.Token}");
        await browser.GetAsync($"/a/{browser.Token}/no-such-page");
        await _host.Scenario(s =>
        {
            s.Get.Url($"/exports/{Guid.NewGuid()}?expires=1&sig=SIGNATURE0123456789");
            s.IgnoreStatusCode();
        });

        var all = _logs.All;
        Assert.Contains("/a/***", all); // the request lines are there, with the token blanked
        Assert.Contains("sig=***", all);
        Assert.DoesNotContain(browser.Token, all);
        Assert.DoesNotContain("SIGNATURE0123456789", all);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }
}
