using Alba;

namespace CapabilityAssessment.Tests.Http;

/// <summary>
/// A service and database of one test class, with its own settings (limits), so its traffic meets no one else's.
/// </summary>
public abstract class OwnHost(IDictionary<string, string?> settings) : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public IAlbaHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        Host = await AppFixture.StartAsync(_database.ConnectionString, settings);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await _database.DisposeAsync();
    }
}

/// <summary>Sends one request as a client at a given address; the in-memory server otherwise has none.</summary>
public static class ClientRequests
{
    public static Task<IScenarioResult> From(this IAlbaHost host, string address, string url, string? bearer = null,
        object? json = null, string accept = "application/json") => host.Scenario(s =>
    {
        if (json is null) s.Get.Url(url);
        else s.Post.Json(json).ToUrl(url);
        s.WithRequestHeader("Accept", accept);
        if (bearer is not null) s.WithBearerToken(bearer);
        s.ConfigureHttpContext(c => c.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(address));
        s.IgnoreStatusCode();
    });
}
