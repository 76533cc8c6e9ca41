namespace CapabilityAssessment.Store;

/// <summary>Thrown when a stream or document is not at the version a unit of work expected.</summary>
public sealed class ConcurrencyConflictException : Exception
{
    private ConcurrencyConflictException(string message, Exception? inner) : base(message, inner) { }

    /// <summary>The stream in conflict, when the conflict is on a stream.</summary>
    public Guid? StreamId { get; private init; }

    /// <summary>The document in conflict, when the conflict is on a document.</summary>
    public string? DocumentId { get; private init; }

    /// <summary>The document type alias, when the conflict is on a document.</summary>
    public string? DocumentType { get; private init; }

    /// <summary>The version the unit of work expected (0: that it did not exist yet).</summary>
    public long? ExpectedVersion { get; private init; }

    /// <summary>The version actually stored, when known.</summary>
    public long? ActualVersion { get; private init; }

    internal static ConcurrencyConflictException ForStream(Guid streamId, long? expected, long? actual, Exception? inner = null) =>
        new($"Stream {streamId}: expected version {Expected(expected)} but it is {Actual(actual)}.", inner)
        { StreamId = streamId, ExpectedVersion = expected, ActualVersion = actual };

    internal static ConcurrencyConflictException ForDocument(string alias, string id, long? expected, long? actual, Exception? inner = null) =>
        new($"Document {alias} '{id}': expected version {Expected(expected)} but it is {Actual(actual)}.", inner)
        { DocumentType = alias, DocumentId = id, ExpectedVersion = expected, ActualVersion = actual };

    private static string Expected(long? version) => version switch
    {
        null => "unknown",
        0 => "0 (not to exist yet)",
        _ => Number(version.Value),
    };

    private static string Actual(long? version) => version switch
    {
        null => "unknown (it already exists)",
        0 => "0 (it does not exist)",
        _ => Number(version.Value),
    };

    private static string Number(long version) => version.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
