using Alba;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Benchmarks;
using CapabilityAssessment.Operations;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Norms;
using CapabilityAssessment.Scoring;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CapabilityAssessment.Tests.Operations;

/// <summary>
/// The service over its own database named like a demo one (…_demo), with 40 demo firms loaded once.
/// </summary>
public sealed class DemoFixture : IAsyncLifetime
{
    public const int Firms = 40;
    private TestDatabase _database = null!;

    public IAlbaHost Host { get; private set; } = null!;
    public string FirstOutput { get; private set; } = "";
    public int FirstExit { get; private set; }

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("_demo");
        Host = await StartAsync(_database.ConnectionString);
        (FirstExit, FirstOutput) = await LoadAsync(Host, "--firms", $"{Firms}");
    }

    public static Task<IAlbaHost> StartAsync(string connection) =>
        AlbaHost.For<Program>(b => b.UseEnvironment("Testing"),
            ConfigurationOverride.Create(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Assessments"] = connection,
                ["Logging:LogLevel:Default"] = "Warning",
            }));

    public static async Task<(int Exit, string Output)> LoadAsync(IAlbaHost host, params string[] args)
    {
        using var scope = host.Services.CreateScope();
        var output = new StringWriter();
        var exit = await DemoCommand.RunAsync(scope.ServiceProvider, ["load", .. args], output);
        return (exit, output.ToString());
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = Host.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await _database.DisposeAsync();
    }
}

public sealed class demo_population(DemoFixture demo) : IClassFixture<DemoFixture>
{
    [Fact]
    public async Task loads_labelled_firms_of_organisation_demo_each_with_a_closed_dcvn_assessment()
    {
        Assert.True(demo.FirstExit == 0, demo.FirstOutput);
        Assert.Contains("Demo consultant API key", demo.FirstOutput);
        Assert.Equal(DemoFixture.Firms,
            await demo.ScalarAsync<long>("SELECT count(DISTINCT data->>'name') FROM mt_doc_firm"));
        Assert.Equal(0L, await demo.ScalarAsync<long>(
            "SELECT count(*) FROM mt_doc_firm WHERE NOT starts_with(data->>'name', '[DEMO] ') OR " +
                "data->>'organisationId' IS DISTINCT FROM 'demo'"));
        Assert.Equal(DemoFixture.Firms,
            (int)await demo.ScalarAsync<long>("SELECT count(*) FROM mt_doc_benchmark_contribution WHERE id " +
            "LIKE 'dcvn:%'"));
        Assert.Equal(1L,
            await demo.ScalarAsync<long>("SELECT count(*) FROM mt_doc_api_key WHERE data->>'organisationId' = 'demo'"));
    }

    [Fact]
    public async Task benchmarks_release_statistics_for_everyone()
    {
        var services = demo.Host.Services;
        var instrument = services.GetRequiredService<InstrumentCatalog>().Get("dcvn", 1)!;
        // The demo publishes a norm release once it has loaded (peer statistics are read from releases only).
        Assert.Contains("Published norms", demo.FirstOutput);
        var reads = services.GetRequiredService<NormReads>();
        var release = await reads.LatestAsync("dcvn", ScoringEngine.ScoringVersion, default);
        var cells = await reads.CellsAsync(release!.Id, [PeerGroup.Everyone.Key], default);
        var result = NormResults.For(instrument, services.GetRequiredService<PeerMetrics>(), PeerGroup.Everyone,
            release, cells, 5);
        Assert.False(result.Suppressed, result.Reason);
        Assert.Equal(DemoFixture.Firms, result.N);
        // Two thirds of the demo's firms answer version 1, whose director answers every construct; the rest version 2.
        var asked = InstrumentForms.ModulesFor(instrument, "managing_director")
            .SelectMany(m => m.Constructs)
            .ToHashSet();
        Assert.All(result.Constructs.Where(c => asked.Contains(c.Key)),
            c => Assert.True(!c.Suppressed && c.N >= 20 && c.P25 is not null && c.P75 is not null && c.P10 is null,
                $"{c.Key}: {c.Reason}"));
        // Firm-level tendencies spread firms out: the overall index is not one flat value.
        Assert.True(result.Overall.StandardDeviation > 3, $"overall SD {result.Overall.StandardDeviation}");
    }

    [Fact]
    public async Task the_demo_holds_closed_assessments_of_both_versions_and_benchmarks_pool_what_the_crosswalk_allows()
    {
        var latest = Enumerable.Range(0, DemoFixture.Firms).Count(DemoVersions.TakesLatest);
        var closed = await demo.ScalarAsync<string>("""
            SELECT string_agg(v || ':' || n, ',' ORDER BY v) FROM (SELECT data->>'instrumentVersion' v, count(*) n
              FROM mt_doc_assessment_summary WHERE data->>'instrumentKey' = 'dcvn' AND data->>'status' = 'CLOSED' GROUP BY 1) x
            """);
        Assert.Equal($"1:{DemoFixture.Firms - latest},2:{latest}", closed);
        Assert.InRange(latest, 10, DemoFixture.Firms / 2);

        var services = demo.Host.Services;
        var catalog = services.GetRequiredService<InstrumentCatalog>();
        var v2 = catalog.Get("dcvn", 2)!;
        var reads = services.GetRequiredService<NormReads>();
        var release = await reads.LatestAsync("dcvn", ScoringEngine.ScoringVersion, default);
        var cells = await reads.CellsAsync(release!.Id, [PeerGroup.Everyone.Key], default);
        var result = NormResults.For(v2, services.GetRequiredService<PeerMetrics>(), PeerGroup.Everyone,
            release, cells, 5);
        var constructs = result.Constructs.ToDictionary(c => c.Key);
        // Comparable constructs keep version 1's series and pool both versions' firms;
        // changed and added ones start anew.
        foreach (var key in v2.Crosswalk!.Comparable)
        {
            Assert.Equal($"construct:{key}@v1", constructs[key].Metric);
            Assert.True(constructs[key].N > DemoFixture.Firms - latest, $"{key}: n = {constructs[key].N}, not pooled");
        }
        foreach (var key in v2.Crosswalk.Changed.Concat(v2.Crosswalk.Added))
        {
            Assert.Equal($"construct:{key}@v2", constructs[key].Metric);
            Assert.True(!constructs[key].Suppressed && constructs[key].N <= latest,
                $"{key}: n = {constructs[key].N}, {constructs[key].Reason}");
        }
    }

    [Fact]
    public async Task a_second_run_adds_nothing()
    {
        var before = await demo.ScalarAsync<long>("SELECT count(*) FROM mt_events");
        var (exit, output) = await DemoFixture.LoadAsync(demo.Host, "--firms", $"{DemoFixture.Firms}");
        Assert.True(exit == 0, output);
        Assert.Contains("already loaded", output);
        Assert.Equal(before, await demo.ScalarAsync<long>("SELECT count(*) FROM mt_events"));
        Assert.Equal(1L,
            await demo.ScalarAsync<long>("SELECT count(*) FROM mt_doc_api_key WHERE data->>'organisationId' = 'demo'"));
    }

    [Fact]
    public async Task a_database_not_named_demo_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = await DemoFixture.StartAsync(database.ConnectionString);
        var (exit, output) = await DemoFixture.LoadAsync(host, "--firms", "5");
        Assert.NotEqual(0, exit);
        Assert.Contains("Refusing", output);
        await using var command = host.Services.GetRequiredService<NpgsqlDataSource>()
            .CreateCommand("SELECT count(*) FROM mt_doc_firm");
        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
    }
}
