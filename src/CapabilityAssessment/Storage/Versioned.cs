namespace CapabilityAssessment.Storage;

/// <summary>A document with the numeric revision it was read at, for a later optimistic write.</summary>
public sealed record Versioned<T>(T Document, long Version);
