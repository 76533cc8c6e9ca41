namespace CapabilityAssessment.Store.Tests.Events;

public sealed class appending_events(StoreFixture fixture) : StoreContext(fixture)
{
    protected override void Configure(StoreOptions options)
    {
        options.RegisterEvent<QuestStarted>();
        options.RegisterEvent<MembersJoined>("members_joined_v1");
        options.Document<Documents.User>();
    }

    [Fact]
    public async Task a_started_stream_reads_back_in_order_with_aliases_and_state()
    {
        var id = Guid.NewGuid();
        await using var session = theStore.LightweightSession();
        session.Events.StartStream<Quest>(id, new QuestStarted("Destroy the ring"), new MembersJoined(["Frodo", "Sam"]));
        await session.SaveChangesAsync();

        var events = await session.Events.FetchStreamAsync(id);
        Assert.Equal([1L, 2L], events.Select(e => e.Version));
        Assert.Equal(["quest_started", "members_joined_v1"], events.Select(e => e.Type));
        Assert.Equal(new QuestStarted("Destroy the ring"), events[0].Data);
        Assert.True(events[0].Sequence < events[1].Sequence);
        Assert.All(events, e => Assert.Equal(id, e.StreamId));
        var state = await session.Events.FetchStreamStateAsync(id);
        Assert.Equal((2L, "quest"), (state!.Version, state.AggregateType));
        Assert.Null(await session.Events.FetchStreamStateAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task starting_an_existing_stream_conflicts()
    {
        var id = Guid.NewGuid();
        await using var session = theStore.LightweightSession();
        session.Events.StartStream<Quest>(id, new QuestStarted("one"));
        await session.SaveChangesAsync();
        session.Events.StartStream<Quest>(id, new QuestStarted("two"));
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => session.SaveChangesAsync());
        Assert.Equal(id, conflict.StreamId);
        Assert.Equal(0, conflict.ExpectedVersion);
        Assert.Single(await session.Events.FetchStreamAsync(id));
    }

    [Fact]
    public async Task append_at_a_stale_version_conflicts_and_names_the_stream_and_both_versions()
    {
        var id = Guid.NewGuid();
        await using var session = theStore.LightweightSession();
        session.Events.StartStream<Quest>(id, new QuestStarted("q"), new MembersJoined(["a"]));
        await session.SaveChangesAsync();
        session.Events.Append(id, 1, new MembersJoined(["b"]));
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => session.SaveChangesAsync());
        Assert.Equal((id, 1L, 2L), (conflict.StreamId, conflict.ExpectedVersion, conflict.ActualVersion));
        Assert.Contains(id.ToString(), conflict.Message);
        Assert.Contains("expected version 1", conflict.Message);
        Assert.Contains("it is 2", conflict.Message);
    }

    [Fact]
    public async Task append_at_the_current_version_succeeds_and_appends_in_the_same_session_chain()
    {
        var id = Guid.NewGuid();
        await using var session = theStore.LightweightSession();
        session.Events.StartStream<Quest>(id, new QuestStarted("q"));
        session.Events.Append(id, 1, new MembersJoined(["a"]));
        session.Events.Append(id, new MembersJoined(["b"]));
        await session.SaveChangesAsync();
        Assert.Equal(3, (await session.Events.FetchStreamStateAsync(id))!.Version);
    }

    [Fact]
    public async Task append_without_expectation_creates_a_missing_stream()
    {
        var id = Guid.NewGuid();
        await using var session = theStore.LightweightSession();
        session.Events.Append(id, new NoteTaken("first"));
        await session.SaveChangesAsync();
        session.Events.Append(id, new NoteTaken("second"));
        await session.SaveChangesAsync();
        var events = await session.Events.FetchStreamAsync(id);
        Assert.Equal(["first", "second"], events.Select(e => ((NoteTaken)e.Data).Text));
        Assert.Equal("note_taken", events[0].Type);
    }

    [Fact]
    public async Task append_at_a_version_of_a_missing_stream_conflicts()
    {
        var id = Guid.NewGuid();
        await using var session = theStore.LightweightSession();
        session.Events.Append(id, 4, new NoteTaken("x"));
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => session.SaveChangesAsync());
        Assert.Equal(0, conflict.ActualVersion);
    }

    [Fact]
    public async Task fetch_for_writing_appends_with_the_fetched_version_as_expectation()
    {
        var id = Guid.NewGuid();
        await using var session = theStore.LightweightSession();
        var fresh = await session.Events.FetchForWriting<Quest>(id);
        Assert.Null(fresh.Aggregate);
        fresh.AppendOne(new QuestStarted("q"));
        await session.SaveChangesAsync();

        var stream = await session.Events.FetchForWriting<Quest>(id);
        Assert.Equal(("q", 1L), (stream.Aggregate!.Name, stream.CurrentVersion));
        await using (var other = theStore.LightweightSession())
        {
            other.Events.Append(id, new MembersJoined(["intruder"]));
            await other.SaveChangesAsync();
        }
        stream.AppendOne(new MembersJoined(["late"]));
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => session.SaveChangesAsync());
        Assert.Equal((1L, 2L), (conflict.ExpectedVersion, conflict.ActualVersion));
    }

    [Fact]
    public async Task a_unit_of_work_is_all_or_nothing()
    {
        var id = Guid.NewGuid();
        var user = new Documents.User(Guid.NewGuid(), "ghost", "none");
        await using var session = theStore.LightweightSession();
        session.Events.StartStream<Quest>(id, new QuestStarted("q"));
        await session.SaveChangesAsync();

        var fresh = Guid.NewGuid();
        session.Store(user);
        session.Events.StartStream<Quest>(fresh, new QuestStarted("never"));
        session.Events.Append(id, 7, new MembersJoined(["conflicting"]));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => session.SaveChangesAsync());

        Assert.Null(await session.LoadAsync<Documents.User>(user.Id));
        Assert.Null(await session.Events.FetchStreamStateAsync(fresh));
        Assert.Single(await session.Events.FetchStreamAsync(id));
    }
}
