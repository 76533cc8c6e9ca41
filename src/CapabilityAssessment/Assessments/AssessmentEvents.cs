namespace CapabilityAssessment.Assessments;

/// <summary>The instrument version an assessment is pinned to; forms and reports always render from it.</summary>
public sealed record InstrumentRef(string Key, int Version, string ContentHash);

public sealed record FirmProfile(
    string Name,
    string Country,
    string Industry,
    int? Employees = null,
    string? TurnoverBand = null,
    int? FoundingYear = null,
    int? ForeignTurnoverShare = null,
    int? UpstreamPartners = null,
    int? DownstreamPartners = null);

/// <summary>One answer as saved: a scale point, "don't know" (stored as missing), or cleared (neither).</summary>
public sealed record AnswerValue(string ItemId, int? Value, bool DontKnow = false)
{
    public bool IsCleared => Value is null && !DontKnow;
}

public sealed record AssessmentStarted(
    Guid AssessmentId, Guid FirmId, InstrumentRef Instrument, FirmProfile Firm, string Language,
    string? OrganisationId, string StartedBy, DateTimeOffset StartedAt);

public sealed record RespondentInvited(Guid RespondentId, string Role, string InvitedBy, DateTimeOffset InvitedAt);

/// <summary>
/// A consultant named the firm's contact: this respondent keeps the firm profile and manages the team.
/// </summary>
public sealed record FirmContactNamed(Guid RespondentId, string Name, string NamedBy, DateTimeOffset NamedAt);

public sealed record FirmProfileSaved(Guid RespondentId, FirmProfile Firm, DateTimeOffset SavedAt);

public sealed record AnswersSaved(Guid RespondentId, Guid SaveId, IReadOnlyList<AnswerValue> Answers,
    DateTimeOffset SavedAt);

public sealed record ResponseSubmitted(Guid RespondentId, DateTimeOffset SubmittedAt);

public sealed record AssessmentClosed(string ClosedBy, bool Automatically, DateTimeOffset ClosedAt);

public sealed record AssessmentReopened(string Reason, string ReopenedBy, DateTimeOffset ReopenedAt);
