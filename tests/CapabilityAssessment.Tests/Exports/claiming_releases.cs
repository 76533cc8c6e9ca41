using CapabilityAssessment.Exports.Releases;
using CapabilityAssessment.Store;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Exports;

[Collection("app")]
public sealed class claiming_releases(AppFixture app)
{
    [Fact]
    public async Task of_many_workers_racing_for_a_queued_release_at_most_one_claims_it()
    {
        var store = app.Host.Services.GetRequiredService<DocumentStore>();
        var releases = new ReleaseStore(store);
        var release = DatasetRelease.Queue("key:test", new ReleaseRequest("dcvn", [1], DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(1)), DateTimeOffset.UtcNow);
        await releases.QueueAsync(release, default);

        // The host's own worker races too, so the release may go to it: then none of ours may have it.
        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => releases.ClaimAsync($"racer-{i}", DateTimeOffset.UtcNow, TimeSpan.FromMinutes(2), 3, default))));
        var ours = claims.Where(c => c?.Document.Id == release.Id).ToList();
        Assert.True(ours.Count <= 1, $"{ours.Count} workers claimed the same release");
        await using var session = store.QuerySession();
        var stored = await session.LoadAsync<DatasetRelease>(release.Id);
        Assert.NotEqual(ReleaseStatus.Queued, stored!.Status);
        if (ours.Count == 1) Assert.Equal(ours[0]!.Document.Worker, stored.Worker);
    }
}
