using CapabilityAssessment.Exports.Releases;

namespace CapabilityAssessment.Tests.Exports;

/// <summary>
/// Issue #16: a release links a firm's assessments, so k counts firms, not assessment rows, and a firm is released with
/// all its assessments or not at all (no gap in assessment_order gives a suppression away). Through the worker and the
/// release pipeline on PostgreSQL (the first pass counts in SQL).
/// </summary>
public sealed class firms_are_the_unit_of_k(ReleaseHost host) : IClassFixture<ReleaseHost>
{
    private async Task<(DatasetRelease Done, List<Dictionary<string, string>> Firms)> Release(DateTimeOffset month)
    {
        var now = DateTimeOffset.UtcNow;
        var release = await host.QueueAsync(month, month.AddMonths(1), now);
        Assert.True(await host.Worker(new SettableClock(now)).RunNextAsync(default));
        var done = (await host.Releases.LoadAsync(release.Id, default))!;
        Assert.Equal(ReleaseStatus.Done, done.Status);
        var zip = await File.ReadAllBytesAsync(ReleaseWorker.FileOf(host.Options, done));
        var rows = release_bundles.Csv(ReleaseClient.Unzip(zip)["firms.csv"]);
        return (done, [.. rows.Skip(1).Select(r => rows[0].Select((name, i) => (name, r[i]))
            .ToDictionary(x => x.name, x => x.Item2))]);
    }

    [Fact]
    public async Task a_class_of_k_rows_from_fewer_than_k_firms_is_suppressed()
    {
        var month = new DateTimeOffset(2023, 3, 1, 0, 0, 0, TimeSpan.Zero);
        await host.CloseAsync(10, month.AddDays(1));
        // Three firms assessed twice (6 rows, 3 firms) and one firm assessed five times (5 rows, 1 firm), all alike.
        for (var f = 0; f < 3; f++)
        {
            var firm = Guid.NewGuid();
            await host.CloseAsync(1, month.AddDays(2), firm);
            await host.CloseAsync(1, month.AddDays(9), firm);
        }
        var often = Guid.NewGuid();
        for (var t = 0; t < 5; t++) await host.CloseAsync(1, month.AddDays(3 + 4 * t), often);

        var (done, firms) = await Release(month);

        Assert.Equal(10, firms.Count);
        Assert.All(firms, f => Assert.Equal(("1", "T0"), (f["firm_assessments"], f["assessment_order"])));
        Assert.Equal((21L, 11L), (done.Disclosure!.Records, done.Disclosure.Suppressed));
        Assert.True(done.Disclosure.SmallestClass >= 5);
    }

    [Fact]
    public async Task a_firm_is_released_with_all_its_assessments_or_none_so_its_order_has_no_gap()
    {
        var month = new DateTimeOffset(2023, 4, 1, 0, 0, 0, TimeSpan.Zero);
        await host.CloseAsync(10, month.AddDays(1));
        for (var f = 0; f < 6; f++)
        {
            var firm = Guid.NewGuid();
            await host.CloseAsync(1, month.AddDays(3), firm);
            await host.CloseAsync(1, month.AddDays(10), firm);
        }
        // Its first assessment answered by a role no other firm has (never generalised): alone with it, it cannot be
        // released, and its second, alike the six firms' assessments, must not be released as a T1 without a T0.
        var rare = Guid.NewGuid();
        await host.CloseAsync(1, month.AddDays(2), rare, role: "management_team");
        await host.CloseAsync(1, month.AddDays(11), rare);

        var (done, firms) = await Release(month);

        Assert.Equal(22, firms.Count);
        Assert.All(firms.GroupBy(f => f["firm_pseudonym"]), f =>
        {
            Assert.Equal(Enumerable.Range(0, f.Count()).Select(i => $"T{i}"),
                f.Select(r => r["assessment_order"]).Order());
            Assert.All(f, r => Assert.Equal($"{f.Count()}", r["firm_assessments"]));
        });
        Assert.Equal(6, firms.GroupBy(f => f["firm_pseudonym"]).Count(f => f.Count() == 2));
        Assert.Equal((24L, 2L), (done.Disclosure!.Records, done.Disclosure.Suppressed));
    }
}
