using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace CapabilityAssessment.Assessments;

public enum AssessmentStatus { Open, Closed }

/// <summary>An answer with the stream version that last changed it, so a stale save can be told from a merge.
/// DontKnow is written only when true: every save rewrites every answer of the document (issue #13).</summary>
public sealed record RecordedAnswer(
    int? Value,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool DontKnow,
    long ChangedAtVersion);

public sealed record Respondent(
    Guid Id, string Role, ImmutableDictionary<string, RecordedAnswer> Answers,
    [property: JsonConverter(typeof(SaveIdsJson))] ImmutableHashSet<Guid> SaveIds, DateTimeOffset? SubmittedAt)
{
    public bool HasSubmitted => SubmittedAt is not null;
}

/// <summary>
/// The state of one assessment stream. Every event has a case in Then so that Version equals the stream version,
/// which is what answers are stamped with.
/// </summary>
public sealed record Assessment(
    Guid Id, Guid FirmId, InstrumentRef Instrument, FirmProfile Firm, string Language, string? OrganisationId,
    AssessmentStatus Status, ImmutableList<Respondent> Respondents, DateTimeOffset StartedAt, long Version)
{
    public static Assessment StartedBy(AssessmentStarted e) => new(
        e.AssessmentId, e.FirmId, e.Instrument, e.Firm, e.Language, e.OrganisationId, AssessmentStatus.Open,
        [], e.StartedAt, 1);

    public Respondent? FindRespondent(Guid id) => Respondents.Find(r => r.Id == id);

    /// <summary>The respondent a consultant named as the firm's contact (FirmContactNamed), if any.</summary>
    public Guid? ContactRespondent { get; init; }

    public string? ContactName { get; init; }

    /// <summary>The firm's contact, who keeps the firm profile: the named contact, else the respondent the assessment
    /// was started with (self-service: its owner).</summary>
    public Guid? OwnerRespondent => ContactRespondent ?? (Respondents.IsEmpty ? null : Respondents[0].Id);

    public bool IsSelfService => OrganisationId is null;

    /// <summary>The owner's page (invite, revoke, close) is the self-service owner's, and a named contact's.</summary>
    public bool OwnerManagesTeam => IsSelfService || ContactRespondent is not null;

    /// <summary>The state after an event: decisions fold what they just produced, and AssessmentProjection folds the
    /// stored events, the same way. Not named Evolve: Marten's source generator would take that as the aggregate's own
    /// evolver.</summary>
    public Assessment Then(object e) => e switch
    {
        RespondentInvited x => On(x),
        FirmContactNamed x => Next() with { ContactRespondent = x.RespondentId, ContactName = x.Name },
        FirmProfileSaved x => On(x),
        AnswersSaved x => On(x),
        ResponseSubmitted x => On(x),
        AssessmentClosed x => On(x),
        AssessmentReopened x => On(x),
        _ => throw new ArgumentException($"{e.GetType().Name} cannot follow the start of an assessment.", nameof(e)),
    };

    /// <summary>The state after several events in order (what a decision just produced).</summary>
    public Assessment ThenAll(IEnumerable<object> events) => events.Aggregate(this, (state, e) => state.Then(e));

    private Assessment On(RespondentInvited e) => Next() with
    {
        Respondents = Respondents.Add(new Respondent(e.RespondentId, e.Role,
            ImmutableDictionary<string, RecordedAnswer>.Empty, [], null)),
    };

    private Assessment On(FirmProfileSaved e) => Next() with { Firm = e.Firm };

    private Assessment On(AnswersSaved e)
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

    private Assessment On(ResponseSubmitted e) =>
        Next().Update(e.RespondentId, r => r with { SubmittedAt = e.SubmittedAt });

    private Assessment On(AssessmentClosed _) => Next() with { Status = AssessmentStatus.Closed };

    private Assessment On(AssessmentReopened _) => Next() with { Status = AssessmentStatus.Open };

    private Assessment Next() => this with { Version = Version + 1 };

    private Assessment Update(Guid respondentId, Func<Respondent, Respondent> change)
    {
        var index = Respondents.FindIndex(r => r.Id == respondentId);
        return index < 0 ? this : this with { Respondents = Respondents.SetItem(index, change(Respondents[index])) };
    }
}
