using Alba;
using Microsoft.AspNetCore.Hosting;

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

    public static Task<IAlbaHost> StartAsync(string connectionString, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Assessments"] = connectionString,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        return AlbaHost.For<Program>(b => b.UseEnvironment("Testing"), ConfigurationOverride.Create(values));
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Database.DisposeAsync();
    }
}

[CollectionDefinition("app")]
public sealed class AppCollection : ICollectionFixture<AppFixture>;
