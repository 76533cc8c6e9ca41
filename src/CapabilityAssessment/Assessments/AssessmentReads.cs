using Marten;

namespace CapabilityAssessment.Assessments;

/// <summary>
/// Assessments as of their last event. The assessment document is folded by the async daemon (AssessmentDocuments), so
/// it may be some events behind its stream; these reads add what it has not folded yet, so an acknowledged save is
/// visible at once. Read assessments only through here, never by loading the document alone.
/// </summary>
public static class AssessmentReads
{
    /// <summary>One assessment: its document and the events after it (Marten's FetchLatest); null if none.</summary>
    public static async Task<Assessment?> LatestAsync(IDocumentStore store, Guid id, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        return await session.Events.FetchLatest<Assessment>(id, ct);
    }

    /// <summary>
    /// Many assessments, in the order asked for (unknown ids left out): their documents in one query; then their
    /// streams' versions, read after the documents so that no document can be newer than what is compared with it;
    /// then, for those whose document is behind (a few while the daemon works; all in a database it has not folded
    /// yet), their events, folded here after the document's version by the projection's own rule.
    /// </summary>
    public static async Task<IReadOnlyList<Assessment>> LatestManyAsync(IQuerySession session,
        IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var found = (await session.LoadManyAsync<Assessment>(ct, ids)).ToDictionary(a => a.Id);
        var schema = session.DocumentStore.Options.DatabaseSchemaName;
        var streams = await session.AdvancedSql.QueryAsync<StreamVersion>(
            $"SELECT row_to_json(s) FROM (SELECT id AS stream, version FROM \"{schema}\".mt_streams " +
                "WHERE id = ANY(?)) s", ct, ids.ToArray());
        var behind = streams.Where(s => s.Version > (found.GetValueOrDefault(s.Stream)?.Version ?? 0))
            .Select(s => s.Stream).ToArray();
        if (behind.Length == 0) return [.. ids.Where(found.ContainsKey).Select(id => found[id])];
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.StreamId.IsOneOf(behind)).OrderBy(e => e.Sequence).ToListAsync(ct);
        var fold = new AssessmentProjection();
        foreach (var e in events)
        {
            var state = found.GetValueOrDefault(e.StreamId);
            if (state is not null && e.Version <= state.Version) continue;
            if (fold.Evolve(state, e.StreamId, e) is { } next) found[e.StreamId] = next;
        }
        return [.. ids.Where(found.ContainsKey).Select(id => found[id])];
    }

    /// <summary>Not named Id: Marten would take a type with an id for a document.</summary>
    private sealed record StreamVersion(Guid Stream, long Version);
}
