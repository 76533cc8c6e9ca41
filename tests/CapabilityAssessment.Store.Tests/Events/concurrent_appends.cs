namespace CapabilityAssessment.Store.Tests.Events;

public sealed class concurrent_appends(StoreFixture fixture) : StoreContext(fixture)
{
    [Fact]
    public async Task sixteen_sessions_appending_at_the_same_version_exactly_one_wins()
    {
        var id = Guid.NewGuid();
        await using (var session = theStore.LightweightSession())
        {
            session.Events.StartStream<Quest>(id, new QuestStarted("race"));
            await session.SaveChangesAsync();
        }
        using var start = new ManualResetEventSlim();
        var attempts = Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            await using var session = theStore.LightweightSession();
            session.Events.Append(id, 1, new MembersJoined([$"runner{i}"]));
            start.Wait();
            await session.SaveChangesAsync();
        })).ToList();
        start.Set();
        var outcomes = await Task.WhenAll(attempts.Select(async t =>
        {
            try { await t; return null; }
            catch (Exception e) { return e; }
        }));

        Assert.Single(outcomes, e => e is null);
        var conflicts = outcomes.Where(e => e is not null).ToList();
        Assert.Equal(15, conflicts.Count);
        Assert.All(conflicts, e => Assert.Equal(id, Assert.IsType<ConcurrencyConflictException>(e).StreamId));
        Assert.Equal(2, (await theStore.QuerySession().Events.FetchStreamStateAsync(id))!.Version);
        Assert.Equal(2, (await theStore.QuerySession().Events.FetchStreamAsync(id)).Count);
    }
}
