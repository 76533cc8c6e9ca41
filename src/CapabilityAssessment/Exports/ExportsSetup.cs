using CapabilityAssessment.Exports.Releases;
using Marten;

namespace CapabilityAssessment.Exports;

internal static class ExportsSetup
{
    /// <summary>Options, links, the release store and the background worker.</summary>
    public static IServiceCollection AddExports(this IServiceCollection services)
    {
        services.AddOptions<ExportOptions>().BindConfiguration(ExportOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Path), "Exports:Path must name a folder.")
            .Validate(o => o.K >= 2, "Exports:K must be at least 2.")
            .Validate(o => o.Lease >= TimeSpan.FromSeconds(4), "Exports:Lease must be at least 00:00:04.")
            .Validate(o => o.MaxAttempts >= 1, "Exports:MaxAttempts must be at least 1.")
            .Validate(o => o.RetentionDays >= 1, "Exports:RetentionDays must be at least 1.")
            .Validate(o => o.MaxOverlappingReleases >= 1, "Exports:MaxOverlappingReleases must be at least 1.")
            .Validate(o => o.OverlapDays >= 1, "Exports:OverlapDays must be at least 1.")
            .ValidateOnStart();
        services.AddSingleton<ReleaseLinks>();
        services.AddSingleton<ReleaseStore>();
        services.AddSingleton<ReleaseHistory>();
        services.AddSingleton<ReleaseSignal>();
        services.AddSingleton<ReleaseRetention>();
        services.AddHostedService<ReleaseWorker>();
        return services;
    }

    /// <summary>Called where the store is configured: the release (with numeric revisions, for claims) and audit
    /// documents. export_rows is Sql/0001, applied by Storage/AppMigrations.</summary>
    public static void Register(StoreOptions options)
    {
        options.Schema.For<DatasetRelease>()
            .DocumentAlias("dataset_release")
            .UseNumericRevisions(true)
            .Index(x => x.Status);
        options.Schema.For<ExportAudit>().DocumentAlias("export_audit");
    }
}
