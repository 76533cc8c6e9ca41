using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;
using JasperFx;
using Marten;

namespace CapabilityAssessment.Scoring.Change;

/// <summary>A firm's assessments over time (linked by firmId) and the change between two of their profiles.</summary>
internal static class FirmHistory
{
    /// <summary>Oldest first; a firm has a handful, so whole states are read (found by the summaries' firm id index,
    /// which the assessment's first transaction writes).</summary>
    public static async Task<IReadOnlyList<Assessment>> AssessmentsAsync(IDocumentStore store, Guid firmId,
        CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var ids = await session.Query<AssessmentSummary>().Where(s => s.FirmId == firmId).Select(s => s.Id)
            .ToListAsync(ct);
        var found = await AssessmentReads.LatestManyAsync(session, ids, ct);
        return found.OrderBy(a => a.StartedAt).ThenBy(a => a.Id).ToList();
    }

    /// <summary>
    /// The firm's latest closed and scored assessment of the same instrument started before <paramref name="current"/>:
    /// what "Since your last assessment" compares with. Null for a firm's first assessment.
    /// </summary>
    public static async Task<AssessmentProfile?> PreviousProfileAsync(IDocumentStore store, Assessment current,
        CancellationToken ct)
    {
        var earlier = (await AssessmentsAsync(store, current.FirmId, ct))
            .Where(a => a.Id != current.Id && a.StartedAt < current.StartedAt && a.Status == AssessmentStatus.Closed
                && a.Instrument.Key == current.Instrument.Key)
            .Select(a => a.Id).ToList();
        if (earlier.Count == 0) return null;
        await using var session = store.QuerySession();
        var profiles = await session.LoadManyAsync<AssessmentProfile>(ct, earlier);
        return profiles.OrderBy(p => earlier.IndexOf(p.Id)).LastOrDefault();
    }

    /// <summary>
    /// The change from <paramref name="before"/> to <paramref name="after"/> (FirmChanges), with their SEMs.
    /// </summary>
    public static async Task<IReadOnlyList<ConstructChange>> ChangeAsync(IDocumentStore store,
        InstrumentCatalog catalog, AssessmentProfile before, AssessmentProfile after, CancellationToken ct)
    {
        var instrument = catalog.Get(after.Instrument.Key, after.Instrument.Version)
            ?? throw new InvalidOperationException($"Instrument {after.Instrument.Key} v{after.Instrument.Version} " +
                "is missing.");
        var comparable = before.Instrument.Key == after.Instrument.Key
            ? ChangeComparability.Constructs(catalog, after.Instrument.Key, before.Instrument.Version,
                after.Instrument.Version)
            : new HashSet<string>();
        var (semBefore, semAfter) = await ChangeErrors.ForAsync(store, before, after, ct);
        return FirmChanges.Between(before, after, instrument, comparable, semBefore, semAfter);
    }
}
