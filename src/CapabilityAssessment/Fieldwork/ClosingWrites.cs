using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring;
using Marten.Patching;
using Marten;

namespace CapabilityAssessment.Fieldwork;

/// <summary>
/// What closing and reopening an assessment write besides their events, in one place: the live close and reopen, and
/// every rebuild (`rescore`, `benchmarks rebuild`, the export-row backfill) call these, so a rebuild cannot drift from
/// a live close. Everything is queued into the caller's session and commits in its one transaction. Respondent and
/// report links that were not revoked expire linksAfterClose after a live close (Access:LinkDaysAfterClose), and come
/// back when the assessment reopens (a revoked link stays revoked).
/// </summary>
internal sealed class ClosingWrites(
    Benchmarks.PeerContributions? peers = null, TimeSpan? linksAfterClose = null, Norms.NormPinning? norms = null)
{
    /// <summary>
    /// A closed assessment's profile, its peer-benchmark contribution (which replaces its earlier one, see
    /// PeerContribution) and the row releases read (Exports/Rows), scored once for all three. A rebuild writes the
    /// row only if the stream is still at the version it was built from (a reopening meanwhile wins).
    /// </summary>
    public AssessmentProfile Closed(IDocumentSession session, Assessment closed, InstrumentDefinition instrument,
        DateTimeOffset now, bool rebuild = false, Func<AssessmentProfile, Scoring.ProfileNorms>? pin = null)
    {
        var scores = ScoringEngine.Aggregate(instrument, closed.Respondents);
        var profile = AssessmentProfile.From(closed, scores, now);
        session.Store(profile);
        if (pin is not null) session.Store(pin(profile));
        if (peers is not null) session.Store(peers.From(closed, profile));
        if (!rebuild && linksAfterClose is { } keep)
            session.Patch<Access.RespondentLink>(l => l.AssessmentId == closed.Id && l.ExpiresAt == null)
                .Set(l => l.ExpiresAt, now + keep);
        if (Exports.Rows.ExportRow.From(closed, instrument, scores) is { } row)
        {
            if (rebuild) Exports.Rows.ExportRowSql.QueueRebuild(session, row);
            else Exports.Rows.ExportRowSql.QueueStore(session, row);
        }
        return profile;
    }

    /// <summary>
    /// A live close: the profile is pinned to the latest norm release (a rebuild keeps the pin it has).
    /// </summary>
    public async Task ClosedAsync(IDocumentSession session, Assessment closed, InstrumentDefinition instrument,
        DateTimeOffset now, CancellationToken ct) =>
        Closed(session, closed, instrument, now, pin: norms is null ? null
            : await norms.ForAsync(closed, instrument, ct));

    /// <summary>
    /// A reopened assessment is in no dataset release and no next norm release until it closes again (its peer
    /// contribution and its pin go), and its live links work again.
    /// </summary>
    public void Reopened(IDocumentSession session, Guid assessmentId, DateTimeOffset now)
    {
        Exports.Rows.ExportRowSql.QueueDelete(session, assessmentId);
        session.DeleteWhere<Benchmarks.PeerContribution>(c => c.AssessmentId == assessmentId);
        session.Delete<Scoring.ProfileNorms>(assessmentId);
        if (linksAfterClose is not null)
            session.Patch<Access.RespondentLink>(l => l.AssessmentId == assessmentId && l.ExpiresAt > now)
                .Set(l => l.ExpiresAt, (DateTimeOffset?)null);
    }
}
