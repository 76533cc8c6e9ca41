using System.Text.Json;
using Alba;

namespace CapabilityAssessment.Tests.Http;

[Collection("app")]
public sealed class health_and_readiness(AppFixture app)
{
    [Fact]
    public async Task healthz_says_the_process_is_up()
    {
        await app.Host.Scenario(s => { s.Get.Url("/healthz"); s.StatusCodeShouldBeOk(); });
    }

    [Fact]
    public async Task readyz_says_ready_when_the_schema_is_applied()
    {
        var result = await app.Host.Scenario(s => { s.Get.Url("/readyz"); s.StatusCodeShouldBeOk(); });
        Assert.Equal("ready", (await result.ReadAsJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }
}

public sealed class when_the_database_is_unreachable
{
    [Fact]
    public async Task the_service_starts_and_readyz_answers_503_with_retry_after()
    {
        await using var host = await AppFixture.StartAsync(
            $"Host=127.0.0.1;Port={UnusedPort()};Username=postgres;Database=nowhere;Timeout=2");
        var result = await host.Scenario(s => { s.Get.Url("/readyz"); s.StatusCodeShouldBe(503); });
        Assert.Equal("5", result.Context.Response.Headers.RetryAfter.ToString());
        Assert.Equal("DATABASE_UNAVAILABLE", (await result.ReadAsJsonAsync<JsonElement>()).GetProperty("code")
            .GetString());
    }

    private static int UnusedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

public sealed class when_a_setting_is_missing
{
    [Fact]
    public async Task start_up_stops_with_a_message_naming_the_setting()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => AppFixture.StartAsync(""));
        Assert.Contains("ConnectionStrings:Assessments", error.ToString());
    }
}
