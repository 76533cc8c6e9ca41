namespace CapabilityAssessment.Store.Tests.Events;

public sealed class reading_all_events(StoreFixture fixture) : StoreContext(fixture)
{
    [Fact]
    public async Task read_all_after_a_sequence_returns_later_events_in_sequence_order_across_batches()
    {
        var streams = new[] { Guid.NewGuid(), Guid.NewGuid() };
        await using var session = theStore.LightweightSession();
        session.Events.StartStream<Quest>(streams[0], new QuestStarted("a"));
        await session.SaveChangesAsync();
        var after = (await session.Events.FetchStreamAsync(streams[0]))[0].Sequence;
        for (var i = 0; i < 5; i++)
        {
            session.Events.Append(streams[i % 2], new NoteTaken($"n{i}"));
            await session.SaveChangesAsync();
        }

        var read = new List<StoredEvent>();
        await foreach (var e in session.Events.ReadAllAsync(after, batchSize: 2))
            if (streams.Contains(e.StreamId)) read.Add(e);

        Assert.Equal(["n0", "n1", "n2", "n3", "n4"], read.Select(e => ((NoteTaken)e.Data).Text));
        Assert.Equal(read.Select(e => e.Sequence).Order(), read.Select(e => e.Sequence));
        Assert.All(read, e => Assert.True(e.Sequence > after));
    }

    [Fact]
    public async Task an_unknown_event_alias_gives_an_error_naming_the_alias()
    {
        var id = Guid.NewGuid();
        await using var session = theStore.LightweightSession();
        session.Events.StartStream<Quest>(id, new QuestStarted("a"));
        await session.SaveChangesAsync();
        await ScalarAsync<object>($"UPDATE {SchemaName}.events SET type = 'mystery_happened' WHERE stream_id = $1", id);

        var error = await Assert.ThrowsAsync<UnknownEventTypeException>(() => session.Events.FetchStreamAsync(id));
        Assert.Equal("mystery_happened", error.Alias);
        Assert.Contains("'mystery_happened'", error.Message);
    }
}
