using Alba;

namespace CapabilityAssessment.Tests.Http;

public sealed class OneKnownProxy() : OwnHost(new Dictionary<string, string?>
{
    ["Limits:RequestsPerClient"] = "2",
    ["ForwardedHeaders:KnownProxies:0"] = "10.9.0.1",
});

public sealed class AspNetCoresSwitchOn() : OwnHost(new Dictionary<string, string?>
{
    ["Limits:RequestsPerClient"] = "2",
    ["FORWARDEDHEADERS_ENABLED"] = "true",
});

/// <summary>
/// X-Forwarded-For counts only from a configured proxy; anyone else cannot pick the address its limits see.
/// </summary>
public sealed class forwarded_headers(OneKnownProxy proxied, AspNetCoresSwitchOn switched)
    : IClassFixture<OneKnownProxy>, IClassFixture<AspNetCoresSwitchOn>
{
    [Fact]
    public async Task a_known_proxy_passes_on_each_clients_own_address()
    {
        for (var i = 1; i <= 4; i++)
            Assert.Equal(200, await Anonymous(proxied.Host, from: "10.9.0.1", claims: $"10.5.0.{i}"));
    }

    [Fact]
    public async Task a_client_that_is_not_a_known_proxy_cannot_claim_other_addresses()
    {
        Assert.Equal(200, await Anonymous(proxied.Host, from: "10.9.0.2", claims: "10.6.0.1"));
        Assert.Equal(200, await Anonymous(proxied.Host, from: "10.9.0.2", claims: "10.6.0.2"));
        Assert.Equal(429, await Anonymous(proxied.Host, from: "10.9.0.2", claims: "10.6.0.3"));
    }

    [Fact]
    public async Task aspnetcores_own_switch_trusts_only_loopback_unless_proxies_are_named()
    {
        Assert.Equal(200, await Anonymous(switched.Host, from: "10.8.0.2", claims: "10.7.0.1"));
        Assert.Equal(200, await Anonymous(switched.Host, from: "10.8.0.2", claims: "10.7.0.2"));
        Assert.Equal(429, await Anonymous(switched.Host, from: "10.8.0.2", claims: "10.7.0.3"));
    }

    private static async Task<int> Anonymous(IAlbaHost host, string from, string claims) => (await host.Scenario(s =>
    {
        s.Post.Json(new { query = "{ serviceVersion }" }).ToUrl("/graphql");
        s.WithRequestHeader("X-Forwarded-For", claims);
        s.ConfigureHttpContext(c => c.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(from));
        s.IgnoreStatusCode();
    })).Context.Response.StatusCode;
}
