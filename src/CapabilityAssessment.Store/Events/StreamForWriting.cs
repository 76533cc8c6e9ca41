namespace CapabilityAssessment.Store;

/// <summary>A stream's current aggregate and version, fetched for an optimistic append.</summary>
public sealed class StreamForWriting<T> where T : class
{
    private readonly EventStore _events;

    internal StreamForWriting(EventStore events, Guid id, T? aggregate, long currentVersion)
    {
        _events = events;
        Id = id;
        Aggregate = aggregate;
        CurrentVersion = currentVersion;
    }

    /// <summary>The stream id.</summary>
    public Guid Id { get; }

    /// <summary>The aggregate as of <see cref="CurrentVersion"/>, or null for a new stream.</summary>
    public T? Aggregate { get; }

    /// <summary>The stream version when fetched (0 for a new stream); appends expect it.</summary>
    public long CurrentVersion { get; private set; }

    /// <summary>Queues one event, expecting the stream to be unchanged since it was fetched.</summary>
    public void AppendOne(object @event) => AppendMany(@event);

    /// <summary>Queues events, expecting the stream to be unchanged since it was fetched.</summary>
    public void AppendMany(params object[] events)
    {
        _events.Queue(Id, CurrentVersion == 0 ? EventStore.AggregateAlias<T>() : null, CurrentVersion, events);
        // A second append in the same unit of work follows the first, so it expects the version after it.
        CurrentVersion += events.Length;
    }
}
