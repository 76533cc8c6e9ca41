using CapabilityAssessment.Store.Tests.Events;

namespace CapabilityAssessment.Store.Tests.Commits;

public sealed class group_commit(StoreFixture fixture) : StoreContext(fixture)
{
    protected override void Configure(StoreOptions options) => options.CommitLanes = 1;

    [Fact]
    public async Task units_saved_while_the_lane_is_busy_commit_together_in_one_transaction()
    {
        var ids = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToArray();
        await using var lane = await BusyLane.HoldAsync(theStore);
        var saves = ids.Select(id => Save(s => s.Events.StartStream<Quest>(id, new QuestStarted("together")))).ToList();
        await lane.ReleaseWhenQueuedAsync(ids.Length);
        await Task.WhenAll(saves);

        Assert.Equal(1, await Transactions(ids));
        foreach (var id in ids) Assert.Equal(1, (await theStore.QuerySession().Events.FetchStreamStateAsync(id))!.Version);
    }

    [Fact]
    public async Task a_conflict_in_a_combined_batch_fails_only_its_own_unit_and_the_others_commit()
    {
        var existing = Guid.NewGuid();
        await Save(s => s.Events.StartStream<Quest>(existing, new QuestStarted("old")));
        var fresh = Enumerable.Range(0, 4).Select(_ => Guid.NewGuid()).ToArray();
        await using var lane = await BusyLane.HoldAsync(theStore);
        var before = fresh[..2].Select(id => Save(s => s.Events.StartStream<Quest>(id, new QuestStarted("a")))).ToList();
        var stale = Save(s => s.Events.Append(existing, 5, new MembersJoined(["late"])));
        var after = fresh[2..].Select(id => Save(s => s.Events.StartStream<Quest>(id, new QuestStarted("b")))).ToList();
        await lane.ReleaseWhenQueuedAsync(5);

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => stale);
        Assert.Equal((existing, 5L, 1L), (conflict.StreamId, conflict.ExpectedVersion, conflict.ActualVersion));
        await Task.WhenAll(before.Concat(after));
        foreach (var id in fresh) Assert.Single(await theStore.QuerySession().Events.FetchStreamAsync(id));
        Assert.Single(await theStore.QuerySession().Events.FetchStreamAsync(existing));
    }

    [Fact]
    public async Task expected_version_appends_to_different_streams_commit_together_at_the_right_versions()
    {
        var ids = await StartedStreams(4);
        await using var lane = await BusyLane.HoldAsync(theStore);
        var saves = ids.Select(id => Save(s => s.Events.Append(id, 1, new MembersJoined([$"{id}"])))).ToList();
        await lane.ReleaseWhenQueuedAsync(ids.Length);
        await Task.WhenAll(saves);

        Assert.Equal(1, await Transactions(ids, afterVersion: 1));
        foreach (var id in ids)
        {
            var events = await theStore.QuerySession().Events.FetchStreamAsync(id);
            Assert.Equal([1L, 2L], events.Select(e => e.Version));
            Assert.Equal([$"{id}"], ((MembersJoined)events[1].Data).Members);
            Assert.Equal(2, (await theStore.QuerySession().Events.FetchStreamStateAsync(id))!.Version);
        }
    }

    [Fact]
    public async Task stale_expected_version_appends_in_one_batch_each_fail_alone_and_the_rest_commit()
    {
        var ids = await StartedStreams(4);
        await using var lane = await BusyLane.HoldAsync(theStore);
        var saves = ids.Select((id, i) => Save(s => s.Events.Append(id, i % 2 == 0 ? 1 : 3, new NoteTaken("x")))).ToList();
        await lane.ReleaseWhenQueuedAsync(ids.Length);

        for (var i = 0; i < ids.Length; i++)
        {
            if (i % 2 == 0) await saves[i];
            else Assert.Equal((ids[i], 3L, 1L), await ConflictOf(saves[i]));
            var expected = i % 2 == 0 ? 2 : 1;
            Assert.Equal(expected, (await theStore.QuerySession().Events.FetchStreamStateAsync(ids[i]))!.Version);
        }
    }

    [Fact]
    public async Task two_units_at_the_same_version_in_one_batch_the_first_queued_wins()
    {
        var id = Guid.NewGuid();
        await Save(s => s.Events.StartStream<Quest>(id, new QuestStarted("race")));
        await using var lane = await BusyLane.HoldAsync(theStore);
        var first = Save(s => s.Events.Append(id, 1, new MembersJoined(["first"])));
        var second = Save(s => s.Events.Append(id, 1, new MembersJoined(["second"])));
        await lane.ReleaseWhenQueuedAsync(2);

        await first;
        Assert.Equal(id, (await Assert.ThrowsAsync<ConcurrencyConflictException>(() => second)).StreamId);
        var events = await theStore.QuerySession().Events.FetchStreamAsync(id);
        Assert.Equal(["first"], ((MembersJoined)events[^1].Data).Members);
    }

    [Fact]
    public async Task a_unit_cancelled_while_queued_is_never_written()
    {
        var id = Guid.NewGuid();
        using var cancel = new CancellationTokenSource();
        await using var lane = await BusyLane.HoldAsync(theStore);
        var cancelled = Save(s => s.Events.StartStream<Quest>(id, new QuestStarted("never")), cancel.Token);
        cancel.Cancel();
        await lane.ReleaseWhenQueuedAsync(1);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.Null(await theStore.QuerySession().Events.FetchStreamStateAsync(id));
    }

    private async Task Save(Action<DocumentSession> change, CancellationToken cancellationToken = default)
    {
        await using var session = theStore.LightweightSession();
        change(session);
        await session.SaveChangesAsync(cancellationToken);
    }

    private async Task<Guid[]> StartedStreams(int count)
    {
        var ids = Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToArray();
        foreach (var id in ids) await Save(s => s.Events.StartStream<Quest>(id, new QuestStarted("q")));
        return ids;
    }

    private static async Task<(Guid?, long?, long?)> ConflictOf(Task save)
    {
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => save);
        return (conflict.StreamId, conflict.ExpectedVersion, conflict.ActualVersion);
    }

    private async Task<long> Transactions(Guid[] streams, long afterVersion = 0) => await ScalarAsync<long>(
        $"SELECT count(DISTINCT xmin::text) FROM \"{SchemaName}\".events WHERE stream_id = ANY($1) AND version > $2", streams, afterVersion);
}
