namespace CapabilityAssessment.Store;

/// <summary>Event operations of a unit of work: reads run at once, appends are queued until SaveChangesAsync.</summary>
public sealed class EventStore : QueryEventStore
{
    private readonly DocumentSession _session;

    internal EventStore(DocumentSession session) : base(session.DocumentStore) => _session = session;

    /// <summary>Starts a stream for TAggregate; SaveChangesAsync fails with a conflict if the stream already exists.</summary>
    public Guid StartStream<TAggregate>(Guid id, params object[] events)
    {
        Queue(id, AggregateAlias<TAggregate>(), 0, events);
        return id;
    }

    /// <summary>Appends when the stream is at expectedVersion now (before these events); 0 means it must not exist yet.</summary>
    public void Append(Guid id, long expectedVersion, params object[] events)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        Queue(id, null, expectedVersion, events);
    }

    /// <summary>Appends with no version expectation; the stream is created when it does not exist.</summary>
    public void Append(Guid id, params object[] events) => Queue(id, null, AppendOperation.AnyVersion, events);

    /// <summary>Loads the aggregate and version of a stream; appending through the result uses that version as the expectation.</summary>
    public async Task<StreamForWriting<T>> FetchForWriting<T>(Guid id, CancellationToken cancellationToken = default) where T : class
    {
        var events = await FetchStreamAsync(id, null, cancellationToken);
        var aggregate = events.Count == 0 ? null : Aggregator<T>.Instance.Fold(null, events);
        return new StreamForWriting<T>(this, id, aggregate, events.Count == 0 ? 0 : events[^1].Version);
    }

    internal void Queue(Guid id, string? aggregateType, long expected, object[] events)
    {
        ArgumentNullException.ThrowIfNull(events);
        _session.Enqueue(new AppendOperation(Store, id, aggregateType, expected, events));
    }

    internal static string AggregateAlias<T>() => Identifiers.SnakeCase(typeof(T).Name);
}
