using JasperFx.Events;
using Marten.Events.Aggregation;

namespace CapabilityAssessment.Assessments;

/// <summary>The list view of an assessment, kept in the same transaction as its events so lists never lag.
/// UpdatedAt is the last change of firm, respondents or status (answers are not counted). FirmId finds a firm's
/// assessments the moment they start (the assessment document is folded later, by the daemon); summaries written
/// before it existed get it from Assessments/Sql/0002.</summary>
public sealed record AssessmentSummary(
    Guid Id, string? OrganisationId, string FirmName, string InstrumentKey, int InstrumentVersion, string Status,
    int Respondents, int Submitted, DateTimeOffset StartedAt, DateTimeOffset UpdatedAt, Guid? OwnerRespondent,
    Guid FirmId = default);

public sealed class AssessmentSummaryProjection : SingleStreamProjection<AssessmentSummary, Guid>
{
    public AssessmentSummaryProjection()
    {
        // Answers are the hot path and change nothing listed here: they neither load nor rewrite the summary.
        IncludeType<AssessmentStarted>();
        IncludeType<RespondentInvited>();
        IncludeType<FirmContactNamed>();
        IncludeType<FirmProfileSaved>();
        IncludeType<ResponseSubmitted>();
        IncludeType<AssessmentClosed>();
        IncludeType<AssessmentReopened>();
    }

    public override AssessmentSummary? Evolve(AssessmentSummary? s, Guid id, IEvent e) => (s, e.Data) switch
    {
        (_, AssessmentStarted x) => new(x.AssessmentId, x.OrganisationId, x.Firm.Name, x.Instrument.Key,
            x.Instrument.Version,
            "OPEN", 0, 0, x.StartedAt, x.StartedAt, null, x.FirmId),
        (null, _) => null,
        (_, RespondentInvited x) => s with
        {
            Respondents = s.Respondents + 1, UpdatedAt = x.InvitedAt,
            OwnerRespondent = s.OwnerRespondent ?? (s.OrganisationId is null ? x.RespondentId : null),
        },
        // Only the managing respondent is recorded here: Principal.CanManage lets exactly this one manage.
        (_, FirmContactNamed x) => s with { OwnerRespondent = x.RespondentId, UpdatedAt = x.NamedAt },
        (_, FirmProfileSaved x) => s with { FirmName = x.Firm.Name, UpdatedAt = x.SavedAt },
        (_, ResponseSubmitted x) => s with { Submitted = s.Submitted + 1, UpdatedAt = x.SubmittedAt },
        (_, AssessmentClosed x) => s with { Status = "CLOSED", UpdatedAt = x.ClosedAt },
        (_, AssessmentReopened x) => s with { Status = "OPEN", UpdatedAt = x.ReopenedAt },
        _ => s,
    };
}
