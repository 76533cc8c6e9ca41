using CapabilityAssessment.Exports.Releases;
using CapabilityAssessment.Storage;
using JasperFx;
using Marten;

namespace CapabilityAssessment.Tests.Exports;

public sealed class release_leases(ReleaseHost host) : IClassFixture<ReleaseHost>
{
    private TimeSpan Lease => host.Options.Lease;

    [Fact]
    public async Task a_release_whose_worker_died_is_finished_by_another_worker_exactly_once_after_the_lease_runs_out()
    {
        var from = new DateTimeOffset(2024, 2, 1, 0, 0, 0, TimeSpan.Zero);
        await host.CloseAsync(6, from.AddDays(3));
        var t0 = DateTimeOffset.UtcNow;
        var release = await host.QueueAsync(from, from.AddMonths(1), t0);
        // The dead worker: it claims the release, then never writes again.
        var dead = await host.Releases.ClaimAsync("dead-worker", t0, Lease, 3, default);
        Assert.Equal(release.Id, dead?.Document.Id);

        var clock = new SettableClock(t0 + Lease / 2);
        var worker = host.Worker(clock);
        Assert.False(await worker.RunNextAsync(default));
        Assert.Equal("dead-worker", (await host.Releases.LoadAsync(release.Id, default))!.Worker);

        clock.Now = t0 + Lease + TimeSpan.FromSeconds(1);
        Assert.True(await worker.RunNextAsync(default));
        var done = (await host.Releases.LoadAsync(release.Id, default))!;
        Assert.Equal((ReleaseStatus.Done, worker.Name, 2, 6L), (done.Status, done.Worker, done.Attempt, done.FirmRows));
        Assert.Null(done.LeaseUntil);

        Assert.False(await host.Worker(clock).RunNextAsync(default));
        // The dead worker's late word is refused, so the release ends once, with one bundle and no partial file left.
        await Assert.ThrowsAsync<ConcurrencyException>(() =>
            host.Releases.SaveAsync(dead!.Document with { Status = ReleaseStatus.Failed }, dead.Version, default));
        Assert.Equal(ReleaseStatus.Done, (await host.Releases.LoadAsync(release.Id, default))!.Status);
        Assert.Equal([ReleaseWorker.FileOf(host.Options, done)], Directory.GetFiles(host.Folder, $"{release.Id}*"));
    }

    [Fact]
    public async Task a_worker_whose_release_was_claimed_again_loses_its_claim_at_its_next_write()
    {
        var t0 = DateTimeOffset.UtcNow;
        var release = await host.QueueAsync(t0.AddYears(-30), t0.AddYears(-29), t0);
        var slow = await host.Releases.ClaimAsync("slow-worker", t0, Lease, 3, default);
        Assert.Equal(release.Id, slow?.Document.Id);
        var again = await host.Releases.ClaimAsync("second-worker", t0 + Lease, Lease, 3, default);
        Assert.Equal((release.Id, 2), (again?.Document.Id, again?.Document.Attempt));

        using var claim = new ReleaseClaim(host.Releases, slow!);
        await Assert.ThrowsAsync<ConcurrencyException>(() =>
            claim.SaveAsync(r => r with { Progress = 0.5 }, default, audit: false));
        Assert.True(claim.Lost.IsCancellationRequested);
        Assert.Equal("second-worker", (await host.Releases.LoadAsync(release.Id, default))!.Worker);
    }

    [Fact]
    public async Task a_release_whose_workers_keep_dying_ends_failed_after_the_last_attempt()
    {
        var t0 = DateTimeOffset.UtcNow;
        var release = await host.QueueAsync(t0.AddYears(-20), t0.AddYears(-19), t0);
        for (var attempt = 0; attempt < 3; attempt++)
            Assert.Equal(release.Id, (await host.Releases.ClaimAsync($"dying-{attempt}", t0 + attempt * Lease, Lease, 3,
                default))?.Document.Id);

        Assert.False(await host.Worker(new SettableClock(t0 + 3 * Lease)).RunNextAsync(default));
        var failed = (await host.Releases.LoadAsync(release.Id, default))!;
        Assert.Equal(ReleaseStatus.Failed, failed.Status);
        Assert.Contains("claimed 3 times", failed.Message);
    }
}
