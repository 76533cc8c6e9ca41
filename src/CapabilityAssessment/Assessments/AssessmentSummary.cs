using CapabilityAssessment.Store;

namespace CapabilityAssessment.Assessments;

/// <summary>The list view of an assessment, kept in the same transaction as its events so lists never lag.
/// UpdatedAt is the last change of firm, respondents or status (answers are not counted).</summary>
public sealed record AssessmentSummary(
    Guid Id, string? OrganisationId, string FirmName, string InstrumentKey, int InstrumentVersion, string Status,
    int Respondents, int Submitted, DateTimeOffset StartedAt, DateTimeOffset UpdatedAt, Guid? OwnerRespondent);

internal sealed class AssessmentSummaryProjection : IInlineProjection
{
    public async Task ApplyAsync(ProjectionContext context, IReadOnlyList<StoredEvent> events, CancellationToken ct)
    {
        // Answers are the hot path and change nothing listed here: skip them rather than load and rewrite the summary.
        foreach (var stream in events.Where(e => e.Data is not AnswersSaved).GroupBy(e => e.StreamId))
        {
            var summary = (await context.LoadAsync<AssessmentSummary>(stream.Key, ct))?.Document;
            foreach (var e in stream) summary = Apply(summary, e);
            if (summary is not null) await context.StoreAsync(summary, ct);
        }
    }

    private static AssessmentSummary? Apply(AssessmentSummary? s, StoredEvent e) => (s, e.Data) switch
    {
        (_, AssessmentStarted x) => new(x.AssessmentId, x.OrganisationId, x.Firm.Name, x.Instrument.Key, x.Instrument.Version,
            "OPEN", 0, 0, x.StartedAt, x.StartedAt, null),
        (null, _) => null,
        (_, RespondentInvited x) => s with
        {
            Respondents = s.Respondents + 1, UpdatedAt = x.InvitedAt,
            OwnerRespondent = s.OwnerRespondent ?? (s.OrganisationId is null ? x.RespondentId : null),
        },
        (_, FirmProfileSaved x) => s with { FirmName = x.Firm.Name, UpdatedAt = x.SavedAt },
        (_, ResponseSubmitted x) => s with { Submitted = s.Submitted + 1, UpdatedAt = x.SubmittedAt },
        (_, AssessmentClosed x) => s with { Status = "CLOSED", UpdatedAt = x.ClosedAt },
        (_, AssessmentReopened x) => s with { Status = "OPEN", UpdatedAt = x.ReopenedAt },
        _ => s,
    };
}
