using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CapabilityAssessment.Access;
using CapabilityAssessment.Storage;
using JasperFx;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Browser;

/// <summary>
/// One live service on loopback for whole assessments in the browser, with GraphQL access as a consultant
/// (an API key issued straight into the service's store) or as a respondent (their link token).
/// </summary>
public sealed class AssessmentsLive : IAsyncLifetime
{
    private TestDatabase? _database;
    private Factory? _factory;

    public Uri Address => _factory!.ClientOptions.BaseAddress;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _factory = new Factory(_database.ConnectionString);
        _factory.UseKestrel(0);
        _factory.StartServer();
    }

    public async Task<string> ConsultantKeyAsync(string organisation)
    {
        var (key, token) = ApiKeysCommand.Issue(PrincipalRole.Consultant, organisation, "browser test",
            DateTimeOffset.UtcNow, null);
        await using var session = _factory!.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        session.Insert(key);
        await session.SaveChangesAsync();
        return token;
    }

    public async Task<JsonElement> DataAsync(string query, object? variables = null, string? bearer = null)
    {
        using var http = new HttpClient { BaseAddress = Address };
        if (bearer is not null)
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.TryGetProperty("errors", out var errors), "unexpected errors: " + errors);
        return body.GetProperty("data");
    }

    public string Url(string path) => new Uri(Address, path).ToString();

    public async Task DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }

    private sealed class Factory(string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) => builder
            .UseEnvironment("Testing")
            .UseSetting("ConnectionStrings:Assessments", connectionString)
            .UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
