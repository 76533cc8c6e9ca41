namespace CapabilityAssessment.Store.Tests.Events;

public sealed class aggregating_streams(StoreFixture fixture) : StoreContext(fixture)
{
    private async Task<Guid> StartQuestAsync()
    {
        var id = Guid.NewGuid();
        await using var session = theStore.LightweightSession();
        session.Events.StartStream<Quest>(id,
            new QuestStarted("Fellowship"),
            new MembersJoined(["Frodo", "Sam", "Boromir"]),
            new NoteTaken("events with no Apply method are skipped"),
            new MembersDeparted(["Boromir"]),
            new QuestEnded());
        await session.SaveChangesAsync();
        return id;
    }

    [Fact]
    public async Task aggregating_a_stream_folds_create_and_apply_methods()
    {
        var id = await StartQuestAsync();
        await using var query = theStore.QuerySession();
        var quest = await query.Events.AggregateStreamAsync<Quest>(id);
        Assert.Equal("Fellowship", quest!.Name);
        Assert.Equal(["Frodo", "Sam"], quest.Members);
        Assert.True(quest.Ended);
    }

    [Fact]
    public async Task aggregating_to_a_version_stops_there()
    {
        var id = await StartQuestAsync();
        await using var query = theStore.QuerySession();
        var quest = await query.Events.AggregateStreamAsync<Quest>(id, version: 2);
        Assert.Equal(["Frodo", "Sam", "Boromir"], quest!.Members);
        Assert.False(quest.Ended);
        Assert.Equal(2, (await query.Events.FetchStreamAsync(id, toVersion: 2)).Count);
    }

    [Fact]
    public async Task aggregating_many_streams_at_once_folds_each_and_leaves_out_missing_ones()
    {
        var first = await StartQuestAsync();
        var second = await StartQuestAsync();
        await using (var session = theStore.LightweightSession())
        {
            session.Events.Append(second, 5, new MembersJoined(["Gimli"]));
            await session.SaveChangesAsync();
        }
        await using var query = theStore.QuerySession();
        var quests = await query.Events.AggregateStreamsAsync<Quest>([first, second, Guid.NewGuid()]);
        Assert.Equal(2, quests.Count);
        Assert.Equal(["Frodo", "Sam"], quests[first].Members);
        Assert.Equal(["Frodo", "Sam", "Gimli"], quests[second].Members);
    }

    [Fact]
    public async Task aggregating_a_missing_stream_gives_null()
    {
        await using var query = theStore.QuerySession();
        Assert.Null(await query.Events.AggregateStreamAsync<Quest>(Guid.NewGuid()));
    }

    [Fact]
    public async Task mutable_aggregates_with_void_apply_and_a_default_constructor_work_too()
    {
        var id = await StartQuestAsync();
        await using var query = theStore.QuerySession();
        var tally = await query.Events.AggregateStreamAsync<MemberTally>(id);
        Assert.Equal((3, 1), (tally!.Joined, tally.Departed));
    }

    public sealed class MemberTally
    {
        public int Joined { get; private set; }

        public int Departed { get; private set; }

        public void Apply(MembersJoined e) => Joined += e.Members.Length;

        public void Apply(MembersDeparted e) => Departed += e.Members.Length;
    }
}
