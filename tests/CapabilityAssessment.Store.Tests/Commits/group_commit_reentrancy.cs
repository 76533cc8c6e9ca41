using CapabilityAssessment.Store.Tests.Documents;
using CapabilityAssessment.Store.Tests.Events;

namespace CapabilityAssessment.Store.Tests.Commits;

// A projection that (unwisely) commits a separate unit of work while its own batch is in flight.
public sealed class AuditingProjection(Func<DocumentStore> store) : IInlineProjection
{
    public async Task ApplyAsync(ProjectionContext context, IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken)
    {
        await using var session = store().LightweightSession();
        foreach (var e in events) session.Store(new User(e.Id, "audit", e.Type));
        await session.SaveChangesAsync(cancellationToken);
    }
}

public sealed class group_commit_reentrancy(StoreFixture fixture) : StoreContext(fixture)
{
    protected override void Configure(StoreOptions options)
    {
        options.CommitLanes = 1;
        options.Document<User>();
        options.Projections.Add(new AuditingProjection(() => theStore));
    }

    [Fact]
    public async Task a_projection_that_saves_another_session_does_not_wait_for_its_own_batch()
    {
        var id = Guid.NewGuid();
        await using var session = theStore.LightweightSession();
        session.Events.StartStream<Quest>(id, new QuestStarted("audited"));
        await session.SaveChangesAsync().WaitAsync(TimeSpan.FromSeconds(30));

        var events = await session.Events.FetchStreamAsync(id);
        Assert.Equal("quest_started", (await session.LoadAsync<User>(events[0].Id))!.Role);
    }
}
