using System.Security.Cryptography;
using System.Text;
using CapabilityAssessment.Access;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Http;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx;
using Marten;
using Microsoft.Extensions.Options;
using Npgsql;
using Weasel.Core;

namespace CapabilityAssessment.Storage;

/// <summary>
/// The one Marten store of the service: events, documents and inline projections on PostgreSQL. Features register their
/// documents, events, projections and SQL migrations here; the service, the commands and the benchmarks share it.
/// </summary>
internal static class AssessmentStore
{
    public static IServiceCollection AddAssessmentStore(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
            DataSource(sp.GetRequiredService<IOptions<ServiceOptions>>().Value.ConnectionString));
        services.AddMarten(sp => Configure(new StoreOptions(),
            sp.GetRequiredService<IOptions<ServiceOptions>>().Value.Schema))
            .UseNpgsqlDataSource()
            .UseLightweightSessions();
        services.AddSingleton<StoreReadiness>();
        services.AddSingleton<AppMigrations>();
        services.AddHostedService<SchemaMigration>();
        services.AddHostedService<ProjectionDaemon>();
        return services;
    }

    /// <summary>The pooled data source Marten and the app's own SQL share.</summary>
    public static NpgsqlDataSource DataSource(string connectionString)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        // Every unit of work repeats the same few statements; prepared ones skip parse and plan.
        if (connection.MaxAutoPrepare == 0) connection.MaxAutoPrepare = 64;
        return new NpgsqlDataSourceBuilder(connection.ConnectionString).Build();
    }

    public static int DaemonLockFor(string schema) =>
        BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes("CapabilityAssessment:daemon:" + schema)));

    /// <summary>Every feature's documents, events and projections, in one schema.</summary>
    public static StoreOptions Configure(StoreOptions options, string schema)
    {
        options.DatabaseSchemaName = schema;
        // Rows written before the move to Marten hold enums as numbers and camelCase
        // names (System.Text.Json web defaults).
        options.UseSystemTextJsonForSerialization(EnumStorage.AsInteger, Casing.CamelCase);
        // Schema changes are applied once, at start-up, under an advisory lock (SchemaMigration); never lazily by a
        // request, which fails when several instances start together against an empty schema.
        options.AutoCreateSchemaObjects = AutoCreate.None;
        options.Events.StreamIdentity = StreamIdentity.AsGuid;
        // Quick appends: one function call per stream instead of Rich mode's two transactions and tombstone rows.
        options.Events.AppendMode = EventAppendMode.Quick;
        options.Events.UseIdentityMapForAggregates = true;
        // Run by ProjectionDaemon once the schema is current. Its leadership is an advisory lock, 4444 by default for
        // everyone in one database: services in two schemas of one database would share one leader, and one of them
        // would never fold. The schema picks the lock.
        options.Projections.AsyncMode = DaemonMode.HotCold;
        options.Projections.DaemonLockId = DaemonLockFor(schema);
        // Marten's daemon skips an event it cannot read or fold and stamps the document with the stream's version
        // anyway, so no read could tell the document lacks it. Stop the shard instead: the documents stay behind, the
        // reads fold the events themselves (AssessmentReads), and the error is logged until someone looks.
        options.Projections.Errors.SkipApplyErrors = false;
        options.Projections.Errors.SkipSerializationErrors = false;
        options.Projections.Errors.SkipUnknownEvents = false;
        options.DisableNpgsqlLogging = true;
        AccessSetup.Register(options);
        AssessmentDocuments.Register(options);
        Scoring.ScoringDocuments.Register(options);
        Benchmarks.BenchmarksSetup.Register(options);
        Exports.ExportsSetup.Register(options);
        Norms.NormsSetup.Register(options);
        return options;
    }
}
