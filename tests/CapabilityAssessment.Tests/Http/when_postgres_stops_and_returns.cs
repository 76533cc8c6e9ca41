using System.Text.Json;
using Alba;
using CapabilityAssessment.Tests.GraphQL;

namespace CapabilityAssessment.Tests.Http;

public sealed class when_postgres_stops_and_returns
{
    private const string Start =
        """mutation { startAssessment(instrumentVersion: 1, instrumentKey: "dcvn", firm: { name: "Fault Oy", country: "FI", industry: "C" }) { assessmentId } }""";

    [Fact]
    public async Task requests_get_503_with_retry_after_and_the_service_recovers_by_itself()
    {
        await using var postgres = await OwnPostgres.StartAsync();
        await using var host = await AppFixture.StartAsync(postgres.ConnectionString);
        await host.Scenario(s => { s.Get.Url("/readyz"); s.StatusCodeShouldBeOk(); });
        var (status, _) = await host.PostGraphQL(Start);
        Assert.Equal(200, status);

        await postgres.StopAsync();
        var ready = await host.Scenario(s => { s.Get.Url("/readyz"); s.StatusCodeShouldBe(503); });
        Assert.Equal("5", ready.Context.Response.Headers.RetryAfter.ToString());
        var write = await host.Scenario(s => { s.Post.Json(new { query = Start })
            .ToUrl("/graphql"); s.StatusCodeShouldBe(503); });
        Assert.Equal("5", write.Context.Response.Headers.RetryAfter.ToString());
        Assert.Equal(["DATABASE_UNAVAILABLE"], (await write.ReadAsJsonAsync<JsonElement>()).ErrorCodes());

        await postgres.StartAgainAsync();
        await host.Scenario(s => { s.Get.Url("/readyz"); s.StatusCodeShouldBeOk(); });
        var (after, body) = await host.PostGraphQL(Start);
        Assert.Equal(200, after);
        Assert.NotEqual(JsonValueKind.Null, body.GetProperty("data").GetProperty("startAssessment").ValueKind);
    }
}
