using Marten;

namespace CapabilityAssessment.Storage;

/// <summary>A document with the numeric revision it was read at, for a later optimistic write.</summary>
public sealed record Versioned<T>(T Document, long Version);

internal static class VersionedDocuments
{
    /// <summary>Loads a document of a type with numeric revisions together with its revision, or null.</summary>
    public static async Task<Versioned<T>?> LoadVersionedAsync<T>(this IQuerySession session, Guid id, CancellationToken ct)
        where T : class
    {
        if (await session.LoadAsync<T>(id, ct) is not { } document) return null;
        var metadata = await session.MetadataForAsync(document, ct);
        return new Versioned<T>(document, metadata?.CurrentRevision ?? 0);
    }

}
