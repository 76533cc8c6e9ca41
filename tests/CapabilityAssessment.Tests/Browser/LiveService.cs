using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CapabilityAssessment.Tests.Browser;

/// <summary>The real service on a real loopback socket (a browser cannot reach Alba's in-memory server).</summary>
public sealed class LiveService : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    private LiveService(WebApplicationFactory<Program> factory, Uri address)
    {
        _factory = factory;
        Address = address;
    }

    public Uri Address { get; }

    public static LiveService Start(string connectionString)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseEnvironment("Testing")
            .UseSetting("ConnectionStrings:Assessments", connectionString));
        factory.UseKestrel(0);
        factory.StartServer();
        return new LiveService(factory, factory.ClientOptions.BaseAddress);
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();
}
