using System.Net.Http.Json;
using System.Text.Json;

namespace CapabilityAssessment.Tests.Browser;

/// <summary>One live service and database for the form's browser tests; each test starts its own assessment.</summary>
public sealed class FormsLive : IAsyncLifetime
{
    private TestDatabase? _database;
    private LiveService? _service;

    public Uri Address => _service!.Address;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _service = LiveService.Start(_database.ConnectionString);
    }

    /// <summary>Starts a self-service dcvn assessment through GraphQL and returns the respondent's link path.</summary>
    public async Task<string> StartAsync(string firmName = "Acme Oy")
    {
        using var http = new HttpClient { BaseAddress = Address };
        var response = await http.PostAsJsonAsync("/graphql", new
        {
            query =
                "mutation($name: String!) { startAssessment(instrumentVersion: 1, instrumentKey: \"dcvn\", firm: " +
                "{name: $name, country: \"FI\", industry: \"C\"}) { token } }",
            variables = new { name = firmName },
        });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return "/a/" + body.GetProperty("data").GetProperty("startAssessment").GetProperty("token").GetString();
    }

    public string Url(string path) => new Uri(Address, path).ToString();

    public async Task DisposeAsync()
    {
        if (_service is not null) await _service.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }
}
