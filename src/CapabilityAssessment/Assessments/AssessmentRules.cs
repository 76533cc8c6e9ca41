using CapabilityAssessment.Http;
using CapabilityAssessment.Instruments;

namespace CapabilityAssessment.Assessments;

/// <summary>Pure decisions over an assessment's state: no I/O, time and ids come in as arguments.</summary>
internal static partial class AssessmentRules
{
    public static Decision Start(InstrumentDefinition instrument, string contentHash, Guid assessmentId, Guid firmId,
        FirmProfile firm, string language, string? organisationId, string startedBy, DateTimeOffset now)
    {
        if (!instrument.IsUsableForAssessments)
            return Decision.Reject(AssessmentCodes.InstrumentNotPublished, "instrumentKey",
                $"{instrument.Key} v{instrument.Version} is a {instrument.Status.ToString().ToLowerInvariant()} " +
                    "version; assessments need a published one.");
        var problems = FirmProfileRules.Check(firm, now).ToList();
        if (!instrument.Languages.Contains(language))
            problems.Add(new Problem(InstrumentCodes.UnsupportedLanguage, "language",
                $"'{language}' is not a language of {instrument.Key} v{instrument.Version} " +
                    $"({string.Join(", ", instrument.Languages)})."));
        return problems.Count > 0 ? Decision.Reject(problems)
            : Decision.Accept(new AssessmentStarted(assessmentId, firmId,
            new InstrumentRef(instrument.Key, instrument.Version, contentHash), firm, language, organisationId,
            startedBy, now));
    }

    public static Decision Invite(Assessment state, InstrumentDefinition instrument, Guid respondentId, string role,
        string by, DateTimeOffset now)
    {
        if (state.Status == AssessmentStatus.Closed) return Closed();
        if (instrument.Roles.All(r => r.Key != role))
            return Decision.Reject(AssessmentCodes.UnknownRole, "role",
                $"'{role}' is not a respondent role of {instrument.Key} " +
                    $"({string.Join(", ", instrument.Roles.Select(r => r.Key))}).");
        return Decision.Accept(new RespondentInvited(respondentId, role, by, now));
    }

    public static Decision SaveFirmProfile(Assessment state, Guid respondentId, FirmProfile firm, DateTimeOffset now)
    {
        if (Writable(state, respondentId) is { } refused) return refused;
        // The profile decides the firm's peer groups, so only the firm's contact sets it; colleagues read it.
        if (state.OwnerRespondent != respondentId)
            return Decision.Reject(AssessmentCodes.FirmProfileOwnerOnly, "firm",
                "Only the firm's contact (who started the assessment, or whom the consultant named) can change the " +
                    "firm profile; ask them.");
        var problems = FirmProfileRules.Check(firm, now);
        return problems.Count > 0 ? Decision.Reject(problems)
            : Decision.Accept(new FirmProfileSaved(respondentId, firm, now));
    }

    /// <summary>
    /// Saves merge by item: an item changed by someone else after the version the client last saw is a conflict
    /// (unless the client sends the same value); untouched items merge. A save id seen before is accepted as a no-op.
    /// </summary>
    public static Decision SaveAnswers(Assessment state, InstrumentDefinition instrument, Guid respondentId,
        Guid saveId, long expectedVersion, IReadOnlyList<AnswerValue> answers, DateTimeOffset now)
    {
        if (state.FindRespondent(respondentId) is { } seen && seen.SaveIds.Contains(saveId)) return Decision.Accept();
        if (Writable(state, respondentId) is { } refused) return refused;
        var respondent = state.FindRespondent(respondentId)!;
        var problems = new List<Problem>();
        if (expectedVersion < 0 || expectedVersion > state.Version)
            problems.Add(new(AssessmentCodes.InvalidVersion, "expectedVersion",
                $"expectedVersion must be between 0 and {state.Version}, the assessment's current version."));
        if (answers.Count == 0)
            problems.Add(new(AssessmentCodes.NoAnswers, "answers", "A save needs at least one answer."));
        var assigned = InstrumentForms.ItemsFor(instrument, respondent.Role);
        var seenItems = new HashSet<string>();
        for (var i = 0; i < answers.Count; i++)
        {
            var a = answers[i];
            var field = $"answers[{i}]";
            if (!seenItems.Add(a.ItemId)) { problems.Add(new(AssessmentCodes.DuplicateItem, $"{field}.itemId",
                $"Item '{a.ItemId}' appears twice in one save.")); continue; }
            if (InstrumentForms.FindItem(instrument, a.ItemId) is not { } found)
            {
                problems.Add(new(AssessmentCodes.UnknownItem, $"{field}.itemId",
                    $"'{a.ItemId}' is not an item of {instrument.Key} v{instrument.Version}."));
                continue;
            }
            if (!assigned.Contains(a.ItemId))
                problems.Add(new(AssessmentCodes.ModuleNotAssigned, $"{field}.itemId",
                    $"Item '{a.ItemId}' is in module '{found.Module.Key}', which the role '{respondent.Role}' does " +
                        "not answer."));
            else if (a.Value is { } v && (a.DontKnow || v < 1 || v > found.Scale.Points))
                problems.Add(new(AssessmentCodes.ValueOutOfRange, $"{field}.value",
                    $"Item '{a.ItemId}' takes a whole number from 1 to {found.Scale.Points}, or dontKnow " +
                        "without a value."));
            else if (respondent.Answers.TryGetValue(a.ItemId, out var current)
                && current.ChangedAtVersion > expectedVersion
                     && (current.Value != a.Value || current.DontKnow != a.DontKnow))
                problems.Add(new(AssessmentCodes.AnswerConflict, $"{field}.itemId",
                    $"Item '{a.ItemId}' was changed at version {current.ChangedAtVersion}, after version " +
                        $"{expectedVersion} that this save is based on. Reload to see the newer answer, then " +
                        "save again."));
        }
        return problems.Count > 0 ? Decision.Reject(problems)
            : Decision.Accept(new AnswersSaved(respondentId, saveId, answers, now));
    }

    public static Decision Submit(Assessment state, InstrumentDefinition instrument, Guid respondentId,
        DateTimeOffset now)
    {
        if (Writable(state, respondentId) is { } refused) return refused;
        var respondent = state.FindRespondent(respondentId)!;
        var missing = InstrumentForms.ItemsFor(instrument, respondent.Role)
            .Where(id => !respondent.Answers.ContainsKey(id))
            .ToList();
        if (missing.Count > 0)
            return Decision.Reject(AssessmentCodes.MissingAnswers, "answers",
                $"{missing.Count} item(s) have no answer yet " +
                    $"({string.Join(", ", missing.Take(10))}{(missing.Count > 10 ? ", ..." : "")}). Answer them or " +
                    "choose \"don't know\".");
        var submitted = new ResponseSubmitted(respondentId, now);
        var everyoneDone = state.Respondents.All(r => r.Id == respondentId || r.HasSubmitted);
        return everyoneDone ? Decision.Accept(submitted, new AssessmentClosed("system", true, now))
            : Decision.Accept(submitted);
    }

    public static Decision Close(Assessment state, string by, DateTimeOffset now)
    {
        if (state.Status == AssessmentStatus.Closed) return Closed();
        if (!state.Respondents.Any(r => r.HasSubmitted))
            return Decision.Reject(AssessmentCodes.NothingSubmitted, "assessmentId",
                "An assessment can be closed once at least one respondent has submitted.");
        return Decision.Accept(new AssessmentClosed(by, false, now));
    }

    public static Decision Reopen(Assessment state, string reason, string by, DateTimeOffset now)
    {
        if (state.Status != AssessmentStatus.Closed)
            return Decision.Reject(AssessmentCodes.AssessmentOpen, "assessmentId", "The assessment is open already.");
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 1000
            || reason.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
            return Decision.Reject(AssessmentCodes.ReasonRequired, "reason",
                "Say why the assessment is reopened (1 to 1000 characters, no control characters such as NUL).");
        return Decision.Accept(new AssessmentReopened(reason.Trim(), by, now));
    }

    private static Decision? Writable(Assessment state, Guid respondentId)
    {
        if (state.FindRespondent(respondentId) is not { } respondent)
            return Decision.Reject(AssessmentCodes.RespondentNotFound, "respondent",
                "This respondent is not part of the assessment.");
        if (state.Status == AssessmentStatus.Closed) return Closed();
        if (respondent.HasSubmitted)
            return Decision.Reject(AssessmentCodes.ResponseSubmitted, "respondent",
                "This response has been submitted and can no longer be changed.");
        return null;
    }

    private static Decision Closed() =>
        Decision.Reject(AssessmentCodes.AssessmentClosed, "assessmentId",
            "The assessment is closed; it must be reopened before it can change.");
}
