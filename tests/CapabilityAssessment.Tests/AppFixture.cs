using Alba;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests;

/// <summary>
/// The real service in memory (Alba) against its own fresh PostgreSQL database, shared by the "app" collection.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    public IAlbaHost Host { get; private set; } = null!;
    public TestDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Host = await StartAsync(Database.ConnectionString);
    }

    /// <param name="services">Changes to the service's registrations, after its own (a fixture that drives a
    /// background worker by hand removes it).</param>
    public static Task<IAlbaHost> StartAsync(string connectionString, IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Assessments"] = connectionString,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        return AlbaHost.For<Program>(b =>
        {
            b.UseEnvironment("Testing");
            if (services is not null) b.ConfigureTestServices(services);
        }, ConfigurationOverride.Create(values));
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Database.DisposeAsync();
    }
}

[CollectionDefinition("app")]
public sealed class AppCollection : ICollectionFixture<AppFixture>;
