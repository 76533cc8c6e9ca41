using System.Diagnostics;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Fieldwork;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Storage;
using JasperFx;
using Marten;
using Npgsql;

namespace CapabilityAssessment.Operations;

/// <summary>
/// `demo load [--firms 2000] [--parallel 8] [--force]`: loads the synthetic demo population (see DemoPopulation) into
/// the configured database, once. Refuses a database whose name does not end in "_demo" unless --force, so synthetic
/// firms never land among real ones; ./ops/run --demo points it at capability_assessment_demo.
/// </summary>
internal static class DemoCommand
{
    public const string DatabaseSuffix = "_demo";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        if (args is not ["load", .. var rest] || Options(rest) is not { } options)
        {
            await output.WriteLineAsync("usage: demo load [--firms 2000] [--parallel 8] [--force]");
            return 2;
        }
        var store = services.GetRequiredService<IDocumentStore>();
        var dataSource = services.GetRequiredService<NpgsqlDataSource>();
        var database = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).Database ?? "";
        if (!database.EndsWith(DatabaseSuffix, StringComparison.Ordinal) && !options.Force)
        {
            await output.WriteLineAsync($"Refusing to load synthetic demo firms into database '{database}': its name " +
                "does not end in " +
                $"'{DatabaseSuffix}'. Point ConnectionStrings__Assessments at a demo database (./ops/run --demo " +
                "does), or add --force.");
            return 3;
        }
        await services.ApplySchemaAsync();
        var loader = new DemoLoader(store, dataSource, services.GetRequiredService<AssessmentCommands>(),
            services.GetRequiredService<InstrumentCatalog>(), output);
        if (await loader.LoadedAtAsync(CancellationToken.None) is { } loadedAt)
        {
            await output.WriteLineAsync($"Demo population already loaded into '{database}' at " +
                $"{loadedAt:yyyy-MM-dd HH:mm} UTC; nothing added.");
            await output.WriteLineAsync("Another consultant key: apikeys create --role consultant --organisation " +
                $"{DemoLoader.Organisation} --name \"Demo consultant\"");
            return 0;
        }
        await output.WriteLineAsync($"Loading {options.Firms} synthetic firms (names start with " +
            $"\"{DemoPopulation.NamePrefix}\", organisation " +
            $"\"{DemoLoader.Organisation}\") into '{database}', {options.Parallel} at a time...");
        var clock = Stopwatch.StartNew();
        var written = await loader.LoadAsync(options.Firms, options.Parallel, CancellationToken.None);
        var token = await loader.CompleteAsync(options.Firms, CancellationToken.None);
        await output.WriteLineAsync($"Loaded {written} demo firms in {clock.Elapsed.TotalSeconds:F1} s.");
        // Peer statistics are read from norm releases only: publish one now rather than wait for the schedule.
        foreach (var key in services.GetRequiredService<Instruments.InstrumentCatalog>()
            .Published()
            .Select(d => d.Key)
            .Distinct())
            if (await services.GetRequiredService<Norms.NormPublisher>()
                .PublishAsync(key, CancellationToken.None) is ({ } release, true))
                await output.WriteLineAsync($"Published norms {release.Label} of {key}: {release.Firms} firms.");
        await output.WriteLineAsync($"Demo consultant API key (organisation \"{DemoLoader.Organisation}\"; shown " +
            $"once, keep it): {token}");
        await output.WriteLineAsync("  In the explorer, send it as the header  Authorization: Bearer <key>  " +
            "and ask e.g.");
        await output.WriteLineAsync("  { benchmark(instrumentKey: \"dcvn\", peerGroup: {country: \"FI\"}) { n " +
            "constructs { key n mean p25 p50 p75 } } }");
        return 0;
    }

    private sealed record LoadOptions(int Firms, int Parallel, bool Force);

    private static LoadOptions? Options(string[] args)
    {
        var (firms, parallel, force) = (2000, 8, false);
        for (var i = 0; i < args.Length; i++)
            switch (args[i])
            {
                case "--force": force = true; break;
                case "--firms" when i + 1 < args.Length && int.TryParse(args[i + 1], out var n)
                    && n > 0: firms = n; i++; break;
                case "--parallel" when i + 1 < args.Length && int.TryParse(args[i + 1], out var p)
                    && p > 0: parallel = p; i++; break;
                default: return null;
            }
        return new LoadOptions(firms, parallel, force);
    }
}
