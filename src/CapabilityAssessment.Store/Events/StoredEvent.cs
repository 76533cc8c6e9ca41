namespace CapabilityAssessment.Store;

/// <summary>An event as stored: global sequence, identity, stream position, alias, payload and time.</summary>
/// <param name="Sequence">The global seq_id.</param>
/// <param name="Id">The event id.</param>
/// <param name="StreamId">The stream the event belongs to.</param>
/// <param name="Version">The position of the event in its stream, from 1.</param>
/// <param name="Type">The event type alias.</param>
/// <param name="Data">The deserialised event.</param>
/// <param name="Timestamp">When the event was stored.</param>
public sealed record StoredEvent(long Sequence, Guid Id, Guid StreamId, long Version, string Type, object Data, DateTimeOffset Timestamp);

/// <summary>The head of a stream.</summary>
/// <param name="Id">The stream id.</param>
/// <param name="Version">The version of the last event.</param>
/// <param name="AggregateType">The aggregate type alias given when the stream was started, if any.</param>
/// <param name="Created">When the stream was started.</param>
/// <param name="Updated">When the stream was last appended to.</param>
public sealed record StreamState(Guid Id, long Version, string? AggregateType, DateTimeOffset Created, DateTimeOffset Updated);

/// <summary>A document with its stored version and modification time.</summary>
/// <param name="Document">The document.</param>
/// <param name="Version">The version, bumped by every write.</param>
/// <param name="LastModified">When it was last written.</param>
public sealed record Versioned<T>(T Document, long Version, DateTimeOffset LastModified);
