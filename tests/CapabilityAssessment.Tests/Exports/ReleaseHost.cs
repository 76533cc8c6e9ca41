using Alba;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Exports;
using CapabilityAssessment.Exports.Releases;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Storage;
using JasperFx;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CapabilityAssessment.Tests.Exports;

/// <summary>A clock that stands still until a test moves it.</summary>
internal sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>
/// The service over its own database and bundle folder, whose own worker looks for work only once an hour: tests run
/// their workers by hand (with their own clocks) and know which worker did what.
/// </summary>
public sealed class ReleaseHost : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public IAlbaHost Host { get; private set; } = null!;
    public string Folder { get; } = Directory.CreateTempSubdirectory("release-host-").FullName;

    internal IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();
    internal ReleaseStore Releases => Host.Services.GetRequiredService<ReleaseStore>();
    internal ExportOptions Options => Host.Services.GetRequiredService<IOptions<ExportOptions>>().Value;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        // Tests run workers by hand, each with its own clock: the service's own would race them for the queue (it
        // claimed a test's release once when its first look at the queue came late, under load).
        Host = await AppFixture.StartAsync(_database.ConnectionString, new Dictionary<string, string?>
        {
            ["Exports:PollInterval"] = "01:00:00",
            ["Exports:Path"] = Folder,
        }, services => services.Remove(services.Single(d => d.ImplementationType == typeof(ReleaseWorker))));
    }

    internal ReleaseWorker Worker(TimeProvider clock) =>
        ActivatorUtilities.CreateInstance<ReleaseWorker>(Host.Services, clock);

    /// <summary>
    /// Closed dcvn assessments of one firm profile (one quasi-identifier class), each with one respondent (of the role)
    /// who submitted at the given time; each of a firm of its own, or all of <paramref name="firm"/>.
    /// </summary>
    internal async Task CloseAsync(int count, DateTimeOffset submitted, Guid? firm = null,
        string role = "managing_director")
    {
        var dcvn = Host.Services.GetRequiredService<InstrumentCatalog>().Get("dcvn", 1)!;
        var items = InstrumentForms.ItemsFor(dcvn, role);
        await using var session = Store.LightweightSession();
        for (var n = 0; n < count; n++)
        {
            var (id, respondent) = (Guid.NewGuid(), Guid.NewGuid());
            session.Events.StartStream<Assessment>(id,
                new AssessmentStarted(id, firm ?? Guid.NewGuid(), new InstrumentRef("dcvn", dcvn.Version, "hash"),
                    new FirmProfile($"Leased {n}", "FI", "C", 12, "2m_10m", 2010), "en", "org", "test",
                    submitted.AddDays(-1)),
                new RespondentInvited(respondent, role, "test", submitted.AddDays(-1)),
                new AnswersSaved(respondent, Guid.NewGuid(), [.. items.Select((item, i) =>
                    new AnswerValue(item, 1 + (i + n) % 5))], submitted),
                new ResponseSubmitted(respondent, submitted),
                new AssessmentClosed("test", true, submitted));
        }
        await session.SaveChangesAsync();
    }

    /// <summary>
    /// Queues a release of the dcvn assessments submitted in [from, to) as the only unfinished
    /// one (tests of a class run in turn).
    /// </summary>
    internal async Task<DatasetRelease> QueueAsync(DateTimeOffset from, DateTimeOffset to, DateTimeOffset now)
    {
        await using (var clear = Host.Services.GetRequiredService<Npgsql.NpgsqlDataSource>()
            .CreateCommand("DELETE FROM mt_doc_dataset_release WHERE data->>'status' IN ('QUEUED', 'RUNNING')"))
            await clear.ExecuteNonQueryAsync();
        var release = DatasetRelease.Queue("key:test", new ReleaseRequest("dcvn", [1], from, to), now);
        await Releases.QueueAsync(release, default);
        return release;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await _database.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
