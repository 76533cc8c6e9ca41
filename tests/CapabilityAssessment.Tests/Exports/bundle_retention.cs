using System.Text.Json;
using CapabilityAssessment.Access;
using CapabilityAssessment.Exports.Releases;
using CapabilityAssessment.Exports;
using CapabilityAssessment.Storage;
using CapabilityAssessment.Tests.Fieldwork;
using JasperFx;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Exports;

public sealed class bundle_retention(ReleaseHost host) : IClassFixture<ReleaseHost>
{
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);
    private ReleaseRetention Retention => host.Host.Services.GetRequiredService<ReleaseRetention>();

    /// <summary>Five closed assessments released by a worker whose clock says it finished at the given time.</summary>
    private async Task<DatasetRelease> FinishedAt(DateTimeOffset finished, DateTimeOffset from)
    {
        await host.CloseAsync(5, from.AddDays(2));
        var release = await host.QueueAsync(from, from.AddMonths(1), finished);
        Assert.True(await host.Worker(new SettableClock(finished)).RunNextAsync(default));
        var done = (await host.Releases.LoadAsync(release.Id, default))!;
        Assert.Equal((ReleaseStatus.Done, finished), (done.Status, done.FinishedAt));
        Assert.True(File.Exists(ReleaseWorker.FileOf(host.Options, done)));
        return done;
    }

    private async Task<string?> Download(Guid id, int status)
    {
        var url = host.Host.Services.GetRequiredService<ReleaseLinks>().For(id).Url;
        var result = await new ReleaseClient(host.Host).Get(url, status);
        return status == 200 ? null : JsonDocument.Parse(await result.ReadAsTextAsync()).RootElement.GetProperty("code")
            .GetString();
    }

    [Fact]
    public async Task a_bundle_is_deleted_after_the_retention_and_its_release_then_reports_expired()
    {
        Assert.Equal(Week, host.Options.Retention);
        var finished = DateTimeOffset.UtcNow.AddDays(-6);
        var done = await FinishedAt(finished, new DateTimeOffset(2023, 5, 1, 0, 0, 0, TimeSpan.Zero));
        var file = ReleaseWorker.FileOf(host.Options, done);
        var deadWorkersPartial = Path.Combine(host.Folder, $"{Guid.NewGuid()}.zip.partial");
        var livePartial = Path.Combine(host.Folder, $"{Guid.NewGuid()}.zip.partial");
        await File.WriteAllTextAsync(deadWorkersPartial, "left by a worker that died");
        File.SetLastWriteTimeUtc(deadWorkersPartial, finished.UtcDateTime);
        await File.WriteAllTextAsync(livePartial, "being written");
        File.SetLastWriteTimeUtc(livePartial, (finished + Week).UtcDateTime);

        Assert.Equal(0, await Retention.SweepAsync(finished + Week - TimeSpan.FromSeconds(1), default));
        Assert.True(File.Exists(file));
        await Download(done.Id, 200);

        Assert.Equal(1, await Retention.SweepAsync(finished + Week, default));
        Assert.False(File.Exists(file));
        Assert.False(File.Exists(deadWorkersPartial));
        Assert.True(File.Exists(livePartial));
        var expired = (await host.Releases.LoadAsync(done.Id, default))!;
        Assert.Equal(ReleaseStatus.Expired, expired.Status);
        Assert.Contains("RetentionDays", expired.Message);
        Assert.Equal(done.Files, expired.Files);
        await using (var session = host.Store.QuerySession())
            Assert.Equal(ReleaseStatus.Expired, (await session.LoadAsync<ExportAudit>(done.Id))!.Status);
        Assert.Equal(ExportCodes.ReleaseExpired, await Download(done.Id, 410));
        Assert.Equal(0, await Retention.SweepAsync(finished + 2 * Week, default));
        File.Delete(livePartial);
    }

    [Fact]
    public async Task a_bundle_past_the_retention_is_refused_and_offered_no_link_before_any_sweep()
    {
        var finished = DateTimeOffset.UtcNow.AddDays(-8);
        var done = await FinishedAt(finished, new DateTimeOffset(2023, 8, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(ExportCodes.ReleaseExpired, await Download(done.Id, 410));
        var admin = new AssessmentClient(host.Host, await AssessmentClient.IssueKey(host.Host,
            PrincipalRole.Admin, null));
        var seen =
            (await admin.Data("query($id: ID!) { datasetRelease(id: $id) { status expiresAt download { url } } }",
            new { id = done.Id }))
            .GetProperty("datasetRelease");
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("download").ValueKind);
        Assert.Equal(finished + Week, seen.GetProperty("expiresAt").GetDateTimeOffset());
        Assert.True(File.Exists(ReleaseWorker.FileOf(host.Options, done)));
    }
}
