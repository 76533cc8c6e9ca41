using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Store.Tests.Schema;

public sealed class registering_services
{
    private sealed class Services : List<ServiceDescriptor>, IServiceCollection;

    [Fact]
    public void add_document_store_registers_a_singleton_store_and_scoped_sessions()
    {
        var services = new Services();
        services.AddDocumentStore(o => o.ConnectionString = "Host=localhost");
        Assert.Equal(ServiceLifetime.Singleton, services.Single(d => d.ServiceType == typeof(DocumentStore)).Lifetime);
        Assert.Equal(ServiceLifetime.Scoped, services.Single(d => d.ServiceType == typeof(DocumentSession)).Lifetime);
        Assert.Equal(ServiceLifetime.Scoped, services.Single(d => d.ServiceType == typeof(QuerySession)).Lifetime);
    }

    [Fact]
    public void event_aliases_default_to_snake_case_of_the_type_name()
    {
        Assert.Equal("answers_saved", Identifiers.SnakeCase("AnswersSaved"));
        Assert.Equal("http_request_made", Identifiers.SnakeCase("HTTPRequestMade"));
    }

    [Fact]
    public void a_store_without_a_connection_string_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => DocumentStore.For(new StoreOptions()));
        Assert.Contains("ConnectionString", error.Message);
    }
}
