using Npgsql;

namespace CapabilityAssessment.Store.Tests.Events;

public sealed record QuestParty(Guid Id, List<string> Members, long LastSequence, int EventsVisibleInTransaction);

public sealed record QuestFailed;

// Keeps a QuestParty document per stream, checks that its events are already in the table (same transaction),
// and fails on QuestFailed so the tests can watch the whole unit of work roll back.
public sealed class QuestPartyProjection : IInlineProjection
{
    public async Task ApplyAsync(ProjectionContext context, IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT count(*) FROM \"{context.SchemaName}\".events WHERE seq_id = ANY($1)", context.Connection, context.Transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = events.Select(e => e.Sequence).ToArray() });
        var visible = (int)(long)(await command.ExecuteScalarAsync(cancellationToken))!;
        foreach (var e in events)
        {
            if (e.Data is QuestFailed) throw new InvalidOperationException("the projection refused the quest");
            var party = (await context.LoadAsync<QuestParty>(e.StreamId, cancellationToken))?.Document ?? new QuestParty(e.StreamId, [], 0, 0);
            if (e.Data is MembersJoined joined) party = party with { Members = [.. party.Members, .. joined.Members] };
            await context.StoreAsync(party with { LastSequence = e.Sequence, EventsVisibleInTransaction = visible }, cancellationToken);
        }
    }
}

public sealed class inline_projections(StoreFixture fixture) : StoreContext(fixture)
{
    protected override void Configure(StoreOptions options)
    {
        options.Document<QuestParty>();
        options.Document<Documents.User>();
        options.Projections.Add(new QuestPartyProjection());
    }

    [Fact]
    public async Task an_inline_projection_sees_its_events_and_their_sequence_numbers_in_the_same_transaction()
    {
        var id = Guid.NewGuid();
        await using var session = theStore.LightweightSession();
        session.Events.StartStream<Quest>(id, new QuestStarted("q"), new MembersJoined(["Frodo"]));
        await session.SaveChangesAsync();

        var party = await session.LoadAsync<QuestParty>(id);
        var events = await session.Events.FetchStreamAsync(id);
        Assert.Equal(["Frodo"], party!.Members);
        Assert.Equal(events[^1].Sequence, party.LastSequence);
        Assert.Equal(2, party.EventsVisibleInTransaction);
    }

    [Fact]
    public async Task a_failing_projection_rolls_back_the_events_and_documents_of_the_unit_of_work()
    {
        var id = Guid.NewGuid();
        var user = new Documents.User(Guid.NewGuid(), "bystander", "none");
        await using var session = theStore.LightweightSession();
        session.Store(user);
        session.Events.StartStream<Quest>(id, new MembersJoined(["Frodo"]), new QuestFailed());
        await Assert.ThrowsAsync<InvalidOperationException>(() => session.SaveChangesAsync());

        Assert.Null(await session.Events.FetchStreamStateAsync(id));
        Assert.Null(await session.LoadAsync<QuestParty>(id));
        Assert.Null(await session.LoadAsync<Documents.User>(user.Id));
    }

    [Fact]
    public async Task a_conflicting_append_leaves_the_projection_untouched()
    {
        var id = Guid.NewGuid();
        await using var session = theStore.LightweightSession();
        session.Events.StartStream<Quest>(id, new MembersJoined(["Sam"]));
        await session.SaveChangesAsync();
        session.Events.Append(id, 5, new MembersJoined(["Gollum"]));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => session.SaveChangesAsync());
        Assert.Equal(["Sam"], (await session.LoadAsync<QuestParty>(id))!.Members);
    }
}
