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
    /// Many assessments, in the order asked for (unknown ids left out): their documents in one query, and for those
    /// whose document is behind its stream (a second query finds them) the events after it in a third, folded here by
    /// the projection's own rule. A few are behind while the daemon works; all are in a database it has not seen yet.
    /// </summary>
    public static async Task<IReadOnlyList<Assessment>> LatestManyAsync(IQuerySession session,
        IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var found = (await session.LoadManyAsync<Assessment>(ct, ids)).ToDictionary(a => a.Id);
        var schema = session.DocumentStore.Options.DatabaseSchemaName;
        var behind = await session.AdvancedSql.QueryAsync<Guid>($"""
            SELECT s.id FROM "{schema}".mt_streams s LEFT JOIN "{schema}".mt_doc_assessment d ON d.id = s.id
            WHERE s.id = ANY(?) AND coalesce((d.data ->> 'version')::bigint, 0) < s.version
            """, ct, ids.ToArray());
        if (behind.Count == 0) return [.. ids.Where(found.ContainsKey).Select(id => found[id])];
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.StreamId.IsOneOf(behind.ToArray())).OrderBy(e => e.Sequence).ToListAsync(ct);
        var fold = new AssessmentProjection();
        foreach (var e in events)
        {
            var state = found.GetValueOrDefault(e.StreamId);
            if (state is not null && e.Version <= state.Version) continue;
            if (fold.Evolve(state, e.StreamId, e) is { } next) found[e.StreamId] = next;
        }
        return [.. ids.Where(found.ContainsKey).Select(id => found[id])];
    }
}
