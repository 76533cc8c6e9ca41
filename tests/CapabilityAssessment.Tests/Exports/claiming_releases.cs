using CapabilityAssessment.Access;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Exports;
using CapabilityAssessment.Exports.Releases;
using CapabilityAssessment.Storage;
using JasperFx;
using Marten;

namespace CapabilityAssessment.Tests.Exports;

/// <summary>
/// A database of its own: no service worker races along, and no release queued by another test can be claimed instead
/// (either made the shared-database version of this test depend on timing).
/// </summary>
public sealed class claiming_releases
{
    [Fact]
    public async Task of_many_workers_racing_for_a_queued_release_exactly_one_claims_it()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var dataSource = AssessmentStore.DataSource(database.ConnectionString);
        using var store = DocumentStore.For(o =>
        {
            AssessmentStore.Configure(o, "public");
            o.Connection(dataSource);
        });
        await new AppMigrations(store, dataSource).ApplyAsync(default);
        var releases = new ReleaseStore(store);
        var release = DatasetRelease.Queue("key:test", new ReleaseRequest("dcvn", [1], DateTimeOffset.UnixEpoch,
            DateTimeOffset.UnixEpoch.AddDays(1)), DateTimeOffset.UtcNow);
        await releases.QueueAsync(release, default);

        var claims = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(i => Task.Run(() => releases.ClaimAsync($"racer-{i}", DateTimeOffset.UtcNow,
            TimeSpan.FromMinutes(2), 3, default))));

        var winner = Assert.Single(claims, c => c is not null);
        Assert.Equal(release.Id, winner!.Document.Id);
        await using var session = store.QuerySession();
        var stored = await session.LoadAsync<DatasetRelease>(release.Id);
        Assert.Equal(ReleaseStatus.Running, stored!.Status);
        Assert.Equal(winner.Document.Worker, stored.Worker);
        Assert.Equal(1, stored.Attempt);
    }
}
