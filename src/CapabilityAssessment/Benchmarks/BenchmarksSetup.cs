using Marten;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CapabilityAssessment.Benchmarks;

internal static class BenchmarksSetup
{
    /// <summary>Options (validated at start-up, naming the bad setting), peer groups, the contribution builder and the
    /// read replica.</summary>
    public static IServiceCollection AddBenchmarks(this IServiceCollection services)
    {
        services.AddOptions<BenchmarkOptions>().BindConfiguration(BenchmarkOptions.Section)
            .PostConfigure(o => o.WithDefaults())
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BenchmarkOptions>, BenchmarkOptionsValidation>();
        services.AddSingleton(sp => new PeerGroups(sp.GetRequiredService<IOptions<BenchmarkOptions>>().Value));
        services.AddSingleton<PeerMetrics>();
        services.AddSingleton<PeerContributions>();
        services.AddSingleton(sp =>
            sp.GetRequiredService<IConfiguration>()
                .GetConnectionString(BenchmarkReplica.ConnectionStringName) is { Length: > 0 } replica
                ? new BenchmarkReplicaHolder(new BenchmarkReplica(NpgsqlDataSource.Create(replica),
                    sp.GetRequiredService<IOptions<BenchmarkOptions>>(), sp.GetService<TimeProvider>()
                        ?? TimeProvider.System))
                : new BenchmarkReplicaHolder(null));
        return services;
    }

    /// <summary>Called where the store is configured: the contribution documents (their aggregates and trigger are
    /// Sql/0001, applied by Storage/AppMigrations).</summary>
    public static void Register(StoreOptions options) =>
        options.Schema.For<PeerContribution>().DocumentAlias("benchmark_contribution");

    /// <summary>The replica, if one is configured (a singleton of a nullable type needs a holder).</summary>
    internal sealed record BenchmarkReplicaHolder(BenchmarkReplica? Replica) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Replica?.DisposeAsync() ?? ValueTask.CompletedTask;
    }

    private sealed class BenchmarkOptionsValidation : IValidateOptions<BenchmarkOptions>
    {
        public ValidateOptionsResult Validate(string? name, BenchmarkOptions options) =>
            options.Problems().ToList() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems)
                : ValidateOptionsResult.Success;
    }
}
