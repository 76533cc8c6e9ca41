using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CapabilityAssessment.Tests.Browser;

/// <summary>The real service on a real loopback socket (a browser cannot reach Alba's in-memory server).</summary>
public sealed class LiveService : IAsyncDisposable
{
    private readonly Factory _factory;

    private LiveService(Factory factory)
    {
        _factory = factory;
        Address = factory.ClientOptions.BaseAddress;
    }

    public Uri Address { get; }

    public static LiveService Start(string connectionString)
    {
        // UseKestrel on a factory derived with WithWebHostBuilder is not honoured (it binds the default :5000),
        // so configure a subclass directly.
        var factory = new Factory(connectionString);
        factory.UseKestrel(0);
        factory.StartServer();
        return new LiveService(factory);
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    private sealed class Factory(string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) => builder
            .UseEnvironment("Testing")
            .UseSetting("ConnectionStrings:Assessments", connectionString)
            .UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
