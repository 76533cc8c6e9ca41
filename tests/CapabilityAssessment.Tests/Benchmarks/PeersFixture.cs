using Alba;
using CapabilityAssessment.Access;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Benchmarks;
using CapabilityAssessment.Fieldwork;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Norms;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Benchmarks;

/// <summary>
/// The service with benchmarks wired, over its own database, with a small generated population of closed assessments.
/// </summary>
public sealed class PeersFixture : IAsyncLifetime
{
    public const string Organisation = "peers";
    public IAlbaHost Host { get; private set; } = null!;
    public TestDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Host = await AlbaHost.For<Program>(b => b.UseEnvironment("Testing"),
            ConfigurationOverride.Create(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Assessments"] = Database.ConnectionString,
                ["Logging:LogLevel:Default"] = "Warning",
            }));
        var random = new Random(6);
        string[] countries = ["FI", "SE", "EE"], industries = ["C", "J", "M"];
        int[] sizes = [5, 30, 120, 400];
        for (var i = 0; i < 60; i++)
        {
            // Uneven on purpose: some cells get 1-4 firms, so threshold and complementary suppression both happen.
            var firm = new FirmProfile($"Firm {i}", countries[Math.Min(random.Next(4), 2)], industries[random.Next(3)],
                sizes[Math.Min(random.Next(5), 3)], FoundingYear: i % 7 == 0 ? null : 1990 + random.Next(34));
            await CloseAsync(firm, random.Next(1, 6), random);
        }
        await PublishAsync();
    }

    /// <summary>Cuts a norm release now (what the schedule or `norms publish` does); the latest release.</summary>
    public async Task<NormRelease> PublishAsync()
    {
        var published = await Host.Services.GetRequiredService<NormPublisher>().PublishAsync("dcvn", default);
        return published!.Value.Release;
    }

    internal AssessmentCommands Commands => Host.Services.GetRequiredService<AssessmentCommands>();

    /// <summary>
    /// Starts, answers (around level, +-1) and submits one assessment through the real commands; it closes by itself.
    /// </summary>
    public async Task<Guid> CloseAsync(FirmProfile firm, int level, Random random, Guid? firmId = null,
        string organisation = Organisation) =>
        (await CloseWithLinkAsync(firm, level, random, firmId, organisation)).Id;

    /// <summary>As CloseAsync, also returning the respondent's link token (the report is at /r/{token}).</summary>
    public async Task<(Guid Id, string Token)> CloseWithLinkAsync(FirmProfile firm, int level, Random random,
        Guid? firmId = null, string organisation = Organisation)
    {
        var consultant = new Principal(PrincipalRole.Consultant, "key:test", organisation);
        var (start, link) = await Commands.StartAsync(consultant, "dcvn", 1, firm, "en", "managing_director",
            default, firmId);
        Assert.True(start.Succeeded, string.Join("; ", start.Problems));
        await AnswerAndSubmitAsync(start.AssessmentId, link!.RespondentId, level, random);
        return (start.AssessmentId, link.Token);
    }

    public async Task AnswerAndSubmitAsync(Guid id, Guid respondent, int level, Random random)
    {
        var commands = Commands;
        var items = Host.Services.GetRequiredService<InstrumentCatalog>().Get("dcvn", 1)!.Items
            .Select(item => new AnswerValue(item.Id, Math.Clamp(level + random.Next(-1, 2), 1, 5))).ToList();
        var saved = await commands.DecideAsync(id, (s, i) =>
            AssessmentRules.SaveAnswers(s, i, respondent, Guid.NewGuid(), s.Version, items, commands.Now), default);
        Assert.True(saved.Succeeded, string.Join("; ", saved.Problems));
        var submitted = await commands.DecideAsync(id, (s, i) =>
            AssessmentRules.Submit(s, i, respondent, commands.Now), default);
        Assert.True(submitted.Succeeded, string.Join("; ", submitted.Problems));
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = Host.Services.GetRequiredService<Npgsql.NpgsqlDataSource>().CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Firms counted in the benchmarks right now (each once).</summary>
    public async Task<int> FirmsAsync() =>
        (int)await ScalarAsync<long>("SELECT count(*) FROM mt_doc_benchmark_contribution");

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Database.DisposeAsync();
    }
}

[CollectionDefinition("peers")]
public sealed class PeersCollection : ICollectionFixture<PeersFixture>;
