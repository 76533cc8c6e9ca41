using System.Collections.Immutable;

namespace CapabilityAssessment.Assessments;

public enum AssessmentStatus { Open, Closed }

/// <summary>An answer with the stream version that last changed it, so a stale save can be told from a merge.</summary>
public sealed record RecordedAnswer(int? Value, bool DontKnow, long ChangedAtVersion);

public sealed record Respondent(
    Guid Id, string Role, ImmutableDictionary<string, RecordedAnswer> Answers, ImmutableHashSet<Guid> SaveIds,
    DateTimeOffset? SubmittedAt)
{
    public bool HasSubmitted => SubmittedAt is not null;
}

/// <summary>
/// The state of one assessment stream. Every event has an Apply so that Version equals the stream version,
/// which is what answers are stamped with.
/// </summary>
public sealed record Assessment(
    Guid Id, Guid FirmId, InstrumentRef Instrument, FirmProfile Firm, string Language, string? OrganisationId,
    AssessmentStatus Status, ImmutableList<Respondent> Respondents, DateTimeOffset StartedAt, long Version)
{
    public static Assessment Create(AssessmentStarted e) => new(
        e.AssessmentId, e.FirmId, e.Instrument, e.Firm, e.Language, e.OrganisationId, AssessmentStatus.Open,
        [], e.StartedAt, 1);

    public Respondent? FindRespondent(Guid id) => Respondents.Find(r => r.Id == id);

    /// <summary>The firm's contact: the respondent the assessment was started with (self-service: its owner).</summary>
    public Guid? OwnerRespondent => Respondents.IsEmpty ? null : Respondents[0].Id;

    public bool IsSelfService => OrganisationId is null;

    /// <summary>The state after an event this decision just produced (the store folds stored events the same way).</summary>
    public Assessment Evolve(object e) => e switch
    {
        RespondentInvited x => Apply(x),
        FirmProfileSaved x => Apply(x),
        AnswersSaved x => Apply(x),
        ResponseSubmitted x => Apply(x),
        AssessmentClosed x => Apply(x),
        AssessmentReopened x => Apply(x),
        _ => throw new ArgumentException($"{e.GetType().Name} cannot follow the start of an assessment.", nameof(e)),
    };

    public Assessment Apply(RespondentInvited e) => Next() with
    {
        Respondents = Respondents.Add(new Respondent(e.RespondentId, e.Role, ImmutableDictionary<string, RecordedAnswer>.Empty, [], null)),
    };

    public Assessment Apply(FirmProfileSaved e) => Next() with { Firm = e.Firm };

    public Assessment Apply(AnswersSaved e)
    {
        var next = Next();
        return next.Update(e.RespondentId, r => r with
        {
            Answers = e.Answers.Aggregate(r.Answers, (answers, a) => a.IsCleared
                ? answers.Remove(a.ItemId)
                : answers.SetItem(a.ItemId, new RecordedAnswer(a.Value, a.DontKnow, next.Version))),
            SaveIds = r.SaveIds.Add(e.SaveId),
        });
    }

    public Assessment Apply(ResponseSubmitted e) => Next().Update(e.RespondentId, r => r with { SubmittedAt = e.SubmittedAt });

    public Assessment Apply(AssessmentClosed _) => Next() with { Status = AssessmentStatus.Closed };

    public Assessment Apply(AssessmentReopened _) => Next() with { Status = AssessmentStatus.Open };

    private Assessment Next() => this with { Version = Version + 1 };

    private Assessment Update(Guid respondentId, Func<Respondent, Respondent> change)
    {
        var index = Respondents.FindIndex(r => r.Id == respondentId);
        return index < 0 ? this : this with { Respondents = Respondents.SetItem(index, change(Respondents[index])) };
    }
}
