using CapabilityAssessment.Store.Tests.Events;

namespace CapabilityAssessment.Store.Tests.Commits;

public sealed class group_commit_with_projections(StoreFixture fixture) : StoreContext(fixture)
{
    protected override void Configure(StoreOptions options)
    {
        options.CommitLanes = 1;
        options.Document<QuestParty>();
        options.Projections.Add(new QuestPartyProjection());
    }

    [Fact]
    public async Task each_projection_of_a_combined_batch_runs_in_the_transaction_of_its_events()
    {
        var ids = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToArray();
        await using var lane = await BusyLane.HoldAsync(theStore);
        var saves = ids.Select((id, i) => Save(s => s.Events.StartStream<Quest>(id, new MembersJoined([$"member{i}"])))).ToList();
        await lane.ReleaseWhenQueuedAsync(ids.Length);
        await Task.WhenAll(saves);

        var session = theStore.QuerySession();
        for (var i = 0; i < ids.Length; i++)
        {
            var party = (await session.LoadAsync<QuestParty>(ids[i]))!;
            Assert.Equal([$"member{i}"], party.Members);
            Assert.Equal((await session.Events.FetchStreamAsync(ids[i]))[0].Sequence, party.LastSequence);
            Assert.Equal(1, party.EventsVisibleInTransaction);
        }
        var transactions = await ScalarAsync<long>($"""
            SELECT count(DISTINCT x) FROM (
                SELECT xmin::text AS x FROM "{SchemaName}".events WHERE stream_id = ANY($1)
                UNION ALL SELECT xmin::text FROM "{SchemaName}".doc_quest_party WHERE id = ANY($1)) AS rows
            """, ids);
        Assert.Equal(1, transactions);
    }

    [Fact]
    public async Task a_failing_projection_in_a_combined_batch_rolls_back_only_its_own_unit()
    {
        var (ok1, failing, ok2) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await using var lane = await BusyLane.HoldAsync(theStore);
        var first = Save(s => s.Events.StartStream<Quest>(ok1, new MembersJoined(["Sam"])));
        var refused = Save(s => s.Events.StartStream<Quest>(failing, new MembersJoined(["Boromir"]), new QuestFailed()));
        var last = Save(s => s.Events.StartStream<Quest>(ok2, new MembersJoined(["Merry"])));
        await lane.ReleaseWhenQueuedAsync(3);

        await Assert.ThrowsAsync<InvalidOperationException>(() => refused);
        await Task.WhenAll(first, last);
        var session = theStore.QuerySession();
        Assert.Null(await session.Events.FetchStreamStateAsync(failing));
        Assert.Null(await session.LoadAsync<QuestParty>(failing));
        Assert.Equal(["Sam"], (await session.LoadAsync<QuestParty>(ok1))!.Members);
        Assert.Equal(["Merry"], (await session.LoadAsync<QuestParty>(ok2))!.Members);
    }

    private async Task Save(Action<DocumentSession> change)
    {
        await using var session = theStore.LightweightSession();
        change(session);
        await session.SaveChangesAsync();
    }
}
