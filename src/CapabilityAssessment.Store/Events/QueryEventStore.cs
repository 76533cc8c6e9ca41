using System.Runtime.CompilerServices;
using Npgsql;

namespace CapabilityAssessment.Store;

/// <summary>Read access to event streams: fetch, aggregate, stream heads and the global sequence.</summary>
public class QueryEventStore
{
    internal QueryEventStore(DocumentStore store) => Store = store;

    internal DocumentStore Store { get; }

    /// <summary>The events of a stream in version order, up to and including toVersion when given.</summary>
    public async Task<IReadOnlyList<StoredEvent>> FetchStreamAsync(Guid streamId, long? toVersion = null, CancellationToken cancellationToken = default)
    {
        await using var command = Store.DataSource.CreateCommand(Store.EventSql.FetchStream);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = streamId });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = toVersion ?? long.MaxValue });
        var events = new List<StoredEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) events.Add(EventSql.Read(reader, Store.Events, Store.Options.Serializer));
        return events;
    }

    /// <summary>Folds a stream (up to version when given) into T through its static Create and instance Apply methods.</summary>
    public async Task<T?> AggregateStreamAsync<T>(Guid streamId, long? version = null, CancellationToken cancellationToken = default) where T : class
    {
        var events = await FetchStreamAsync(streamId, version, cancellationToken);
        return events.Count == 0 ? null : Aggregator<T>.Instance.Fold(null, events);
    }

    /// <summary>Folds many streams with one query (for rebuilds and re-scoring); streams that do not exist are absent.</summary>
    public async Task<IReadOnlyDictionary<Guid, T>> AggregateStreamsAsync<T>(IReadOnlyCollection<Guid> streamIds, CancellationToken cancellationToken = default)
        where T : class
    {
        await using var command = Store.DataSource.CreateCommand(Store.EventSql.FetchStreams);
        command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. streamIds] });
        var events = new List<StoredEvent>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken)) events.Add(EventSql.Read(reader, Store.Events, Store.Options.Serializer));
        return events.GroupBy(e => e.StreamId).ToDictionary(g => g.Key, g => Aggregator<T>.Instance.Fold(null, g)!);
    }

    /// <summary>The head of a stream, or null when it does not exist.</summary>
    public async Task<StreamState?> FetchStreamStateAsync(Guid streamId, CancellationToken cancellationToken = default)
    {
        await using var command = Store.DataSource.CreateCommand(Store.EventSql.StreamState);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = streamId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return new StreamState(reader.GetGuid(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetString(2),
            reader.GetFieldValue<DateTimeOffset>(3), reader.GetFieldValue<DateTimeOffset>(4));
    }

    /// <summary>Every event after a global sequence number, in seq_id order, read in batches (for projections and rebuilds).</summary>
    public async IAsyncEnumerable<StoredEvent> ReadAllAsync(long afterSequence, int batchSize,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        while (true)
        {
            var batch = new List<StoredEvent>(batchSize);
            await using (var command = Store.DataSource.CreateCommand(Store.EventSql.ReadAll))
            {
                command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = afterSequence });
                command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = batchSize });
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken)) batch.Add(EventSql.Read(reader, Store.Events, Store.Options.Serializer));
            }
            foreach (var e in batch) yield return e;
            if (batch.Count < batchSize) yield break;
            afterSequence = batch[^1].Sequence;
        }
    }
}
