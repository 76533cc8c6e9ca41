using System.Text.Json;
using Alba;
using CapabilityAssessment.Tests.Forms;
using CapabilityAssessment.Tests.GraphQL;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Http;

/// <summary>
/// A clock that fails inside requests that ask it to: a stand-in for any bug the service does not expect.
/// </summary>
internal sealed class FailingClock(IHttpContextAccessor http) : TimeProvider
{
    public const string Header = "X-Test-Fail";
    public const string Secret = "secret detail of the failure";

    public override DateTimeOffset GetUtcNow() =>
        http.HttpContext?.Request.Headers.ContainsKey(Header) == true ? throw new InvalidOperationException(Secret)
            : base.GetUtcNow();
}

public sealed class errors_in_production : IAsyncLifetime
{
    private readonly CapturedLogs _logs = new();
    private TestDatabase _database = null!;
    private IAlbaHost _host = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _host = await AlbaHost.For<Program>(b => b.UseEnvironment("Production")
                .ConfigureTestServices(s => s
                    .AddSingleton<TimeProvider>(sp => new FailingClock(sp.GetRequiredService<IHttpContextAccessor>()))
                    .AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(_logs)),
            ConfigurationOverride.Create(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Assessments"] = _database.ConnectionString,
                ["Logging:LogLevel:Default"] = "Error",
            }));
    }

    [Fact]
    public async Task a_page_that_fails_is_a_500_page_with_INTERNAL_ERROR_and_no_details()
    {
        var token = (await FormBrowser.StartAsync(_host)).Token;
        var result = await Send($"/a/{token}", "text/html");
        Assert.Equal(500, result.Context.Response.StatusCode);
        var html = await result.ReadAsTextAsync();
        Assert.Contains("<code>INTERNAL_ERROR</code>", html);
        AssertNoDetails(html);
        Assert.Contains("frame-ancestors 'none'", result.Context.Response.Headers.ContentSecurityPolicy.ToString());
    }

    [Fact]
    public async Task a_json_request_that_fails_gets_json_with_INTERNAL_ERROR_and_no_details()
    {
        var token = (await FormBrowser.StartAsync(_host)).Token;
        var result = await Send($"/r/{token}", "application/json");
        Assert.Equal(500, result.Context.Response.StatusCode);
        var text = await result.ReadAsTextAsync();
        Assert.Equal("INTERNAL_ERROR", JsonDocument.Parse(text).RootElement.GetProperty("code").GetString());
        AssertNoDetails(text);
    }

    [Fact]
    public async Task a_graphql_request_that_fails_before_it_executes_answers_in_graphqls_shape()
    {
        var token = (await FormBrowser.StartAsync(_host)).Token;
        var result = await _host.Scenario(s =>
        {
            s.Post.Json(new { query = "{ serviceVersion }" }).ToUrl("/graphql");
            s.WithBearerToken(token);
            s.WithRequestHeader(FailingClock.Header, "1");
            s.IgnoreStatusCode();
        });
        Assert.Equal(500, result.Context.Response.StatusCode);
        var text = await result.ReadAsTextAsync();
        Assert.Equal(["INTERNAL_ERROR"], JsonDocument.Parse(text).RootElement.ErrorCodes());
        AssertNoDetails(text);
    }

    [Fact]
    public async Task a_graphql_resolver_that_fails_reports_INTERNAL_ERROR_without_details()
    {
        var result = await _host.Scenario(s =>
        {
            s.Post.Json(
                new { query = """mutation { startAssessment(instrumentVersion: 1, instrumentKey: "dcvn", firm: { name: "A", country: "FI", industry: "C" }) { token } }""" })
                .ToUrl("/graphql");
            s.WithRequestHeader(FailingClock.Header, "1");
            s.IgnoreStatusCode();
        });
        var text = await result.ReadAsTextAsync();
        Assert.Equal(["INTERNAL_ERROR"], JsonDocument.Parse(text).RootElement.ErrorCodes());
        AssertNoDetails(text);

        // Logged at Error with the exception, under the trace id the answer names.
        var trace = System.Text.RegularExpressions.Regex.Match(text, "trace id ([0-9a-f]{32})").Groups[1].Value;
        Assert.NotEmpty(trace);
        var logged = Assert.Single(_logs.Lines, l => l.Text.Contains(trace) && l.Text.Contains("GraphQL"));
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Error, logged.Level);
        Assert.Equal(FailingClock.Secret, logged.Exception?.Message);
    }

    private Task<IScenarioResult> Send(string url, string accept) => _host.Scenario(s =>
    {
        s.Get.Url(url);
        s.WithRequestHeader("Accept", accept);
        s.WithRequestHeader(FailingClock.Header, "1");
        s.IgnoreStatusCode();
    });

    private static void AssertNoDetails(string body)
    {
        Assert.DoesNotContain(FailingClock.Secret, body);
        Assert.DoesNotContain("InvalidOperationException", body);
        Assert.DoesNotContain(" at CapabilityAssessment", body);
        Assert.DoesNotContain(".cs:line", body);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }
}
