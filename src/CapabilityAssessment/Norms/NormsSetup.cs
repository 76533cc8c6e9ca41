using Marten;

namespace CapabilityAssessment.Norms;

internal static class NormTables
{
    public const string Profiles = "mt_doc_profile";
    public const string Pins = "mt_doc_profile_norms";
}

internal static class NormsSetup
{
    /// <summary>The publisher and its schedule (Norms:PublishEvery; 0 turns the schedule off).</summary>
    public static IServiceCollection AddNorms(this IServiceCollection services)
    {
        services.AddOptions<NormOptions>()
            .BindConfiguration(NormOptions.Section)
            .Validate(o => o.PublishEvery >= TimeSpan.Zero,
            "Norms:PublishEvery must be 0 (no schedule) or more, e.g. 1.00:00:00 for daily.").ValidateOnStart();
        services.AddSingleton<NormPublisher>();
        services.AddSingleton<NormPinning>();
        services.AddSingleton(sp => new NormReads(sp.GetRequiredService<IDocumentStore>(),
            sp.GetRequiredService<Npgsql.NpgsqlDataSource>(),
            sp.GetRequiredService<Benchmarks.BenchmarksSetup.BenchmarkReplicaHolder>().Replica));
        services.AddHostedService<NormSchedule>();
        return services;
    }

    /// <summary>
    /// Called where the store is configured: releases and pins are documents; cells are Sql/0001's table.
    /// </summary>
    public static void Register(StoreOptions options)
    {
        options.Schema.For<NormRelease>().DocumentAlias("norm_release").Index(x => x.InstrumentKey);
        options.Schema.For<MeasurementReport>().DocumentAlias("measurement_report");
    }
}

public sealed class NormOptions
{
    public const string Section = "Norms";

    /// <summary>
    /// How often every published instrument gets a release (if anything changed); 0 turns the schedule off.
    /// </summary>
    public TimeSpan PublishEvery { get; set; } = TimeSpan.FromDays(1);
}
