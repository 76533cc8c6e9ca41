using CapabilityAssessment.Access;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Http;
using CapabilityAssessment.Instruments;
using JasperFx;
using Marten;

namespace CapabilityAssessment.Fieldwork;

/// <summary>A respondent link as issued; the token is shown once and stored only as a hash.</summary>
public sealed record IssuedLink(Guid RespondentId, string Role, string Token);

/// <summary>
/// The outcome of a command: the stream's new version, or the problems that stopped it (nothing written).
/// </summary>
public sealed record CommandResult(Guid AssessmentId, long Version, IReadOnlyList<Problem> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Loads an assessment, lets a pure rule decide against its pinned instrument version, and appends the events; closing
/// also writes what <see cref="ClosingWrites"/> says, in the same transaction.
/// A concurrent append by someone else is retried: the rule decides again against the newer state, which is how
/// saves to different items merge while stale saves to the same item are reported as ANSWER_CONFLICT.
/// </summary>
internal sealed partial class AssessmentCommands(IDocumentStore store, InstrumentCatalog catalog, TimeProvider clock,
    ClosingWrites closing, CommittedStates states, SaveBatches? batches = null)
{
    private const int Attempts = 5;

    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<(CommandResult Result, IssuedLink? Link)> StartAsync(Principal by, string instrumentKey,
        int? version, FirmProfile firm, string language, string firstRole, CancellationToken ct, Guid? firmId = null,
        string? contactName = null)
    {
        var instrument = version is { } v ? catalog.Get(instrumentKey, v) : catalog.Latest(instrumentKey);
        if (instrument is null)
            return (Rejected(Guid.Empty, InstrumentCodes.InstrumentNotFound, "instrumentKey",
                $"No instrument '{instrumentKey}'{(version is null ? "" : $" v{version}")}."), null);
        var id = Guid.CreateVersion7(Now);
        var organisation = by.Role == PrincipalRole.Consultant ? by.OrganisationId : null;
        if (firmId is { } existing)
        {
            // Only a firm of the caller's organisation (admins: any); anyone else learns nothing about which ids exist.
            await using var lookup = store.QuerySession();
            var known = await lookup.LoadAsync<Firm>(existing, ct);
            if (known is null || (by.Role != PrincipalRole.Admin
                && (organisation is null || known.OrganisationId != organisation)))
                return (Rejected(Guid.Empty, AssessmentCodes.FirmNotFound, "firmId",
                    $"No firm {existing} of your organisation."), null);
            organisation = by.Role == PrincipalRole.Admin ? known.OrganisationId : organisation;
        }
        return await StartStreamAsync(instrument, id, firmId ?? Guid.CreateVersion7(Now), firm, language,
            organisation, by.Id, firstRole, ct, contactName);
    }

    private async Task<(CommandResult Result, IssuedLink? Link)> StartStreamAsync(
        InstrumentDefinition instrument, Guid id, Guid firmId, FirmProfile firm, string language, string? organisation,
        string by, string firstRole, CancellationToken ct,
        string? contactName = null)
    {
        var started = AssessmentRules.Start(
            instrument, catalog.ContentHash(instrument.Key, instrument.Version)!, id, firmId, firm, language,
            organisation, by, Now);
        if (!started.IsAccepted) return (new CommandResult(id, 0, started.Problems), null);
        var state = Assessment.StartedBy((AssessmentStarted)started.Events[0]);
        var respondentId = Guid.CreateVersion7(Now);
        // A consultant who names the first respondent as the firm's contact gives them the owner's page (NameContact).
        var invited = contactName is null ? AssessmentRules.Invite(state, instrument, respondentId, firstRole, by, Now)
            : AssessmentRules.NameContact(state, instrument, respondentId, firstRole, contactName, by, Now);
        if (!invited.IsAccepted)
            return (new CommandResult(id, 0, [.. invited.Problems.Select(p =>
                p.Field is "name" or "assessmentId" ? p with { Field = "contactName" } : p)]), null);

        await using var session = store.LightweightSession();
        session.Events.StartStream<Assessment>(id, [.. started.Events, .. invited.Events]);
        session.Store(new Firm(state.FirmId, organisation, firm.Name, firm, Now));
        var link = IssueLink(session, id, respondentId, firstRole);
        await session.SaveChangesAsync(ct);
        states.Committed(state.ThenAll(invited.Events));
        return (new CommandResult(id, 1 + invited.Events.Count, []), link);
    }

    public async Task<(CommandResult Result, IssuedLink? Link)> InviteAsync(Guid assessmentId, string role, string by,
        CancellationToken ct)
    {
        IssuedLink? link = null;
        var result = await DecideAsync(assessmentId, (state, instrument) =>
            AssessmentRules.Invite(state, instrument, Guid.CreateVersion7(Now), role, by, Now),
            (session, events) => link = IssueLink(session, assessmentId,
                ((RespondentInvited)events[0]).RespondentId, role), ct);
        return (result, result.Succeeded ? link : null);
    }

    public Task<CommandResult> DecideAsync(Guid assessmentId, Func<Assessment, InstrumentDefinition, Decision> decide,
        CancellationToken ct) =>
        DecideAsync(assessmentId, decide, null, ct);

    /// <summary>
    /// A respondent's answers, committed in a group with concurrent saves (<see cref="SaveBatches"/>).
    /// </summary>
    public Task<CommandResult> SaveAnswersAsync(Guid assessmentId, Guid respondentId, Guid saveId, long expectedVersion,
        IReadOnlyList<AnswerValue> answers, CancellationToken ct)
    {
        var now = Now;
        return SaveInGroupAsync(assessmentId, (state, instrument) =>
            AssessmentRules.SaveAnswers(state, instrument, respondentId, saveId, expectedVersion, answers, now), ct);
    }

    /// <summary>
    /// A decision that appends only events (no other writes), committed in a group with concurrent ones.
    /// </summary>
    public Task<CommandResult> SaveInGroupAsync(Guid assessmentId,
        Func<Assessment, InstrumentDefinition, Decision> decide, CancellationToken ct) =>
        batches is null
            ? DecideAsync(assessmentId, decide, ct)
            : batches.SaveAsync(new SaveBatches.Unit(assessmentId, decide, u =>
                DecideAsync(u.AssessmentId, u.Decide, CancellationToken.None)), ct);

    public Task<Assessment?> LoadAsync(Guid assessmentId, CancellationToken ct) =>
        AssessmentReads.LatestAsync(store, assessmentId, ct);

    public InstrumentDefinition PinnedInstrument(Assessment state) =>
        catalog.Get(state.Instrument.Key, state.Instrument.Version)
        ?? throw new InvalidOperationException($"Instrument {state.Instrument.Key} v{state.Instrument.Version} " +
            $"pinned by assessment {state.Id} is missing from instruments/.");

    private async Task<CommandResult> DecideAsync(Guid assessmentId,
        Func<Assessment, InstrumentDefinition, Decision> decide,
        Action<IDocumentSession, IReadOnlyList<object>>? alsoWrite, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var session = store.LightweightSession();
            var stream = await session.Events.FetchForWriting<Assessment>(assessmentId, ct);
            if (stream.Aggregate is not { } state)
                return Rejected(assessmentId, AssessmentCodes.AssessmentNotFound, "assessmentId",
                    $"No assessment {assessmentId}.");
            var instrument = PinnedInstrument(state);
            var decision = decide(state, instrument);
            if (!decision.IsAccepted) return new CommandResult(assessmentId, state.Version, decision.Problems);
            if (decision.Events.Count == 0) return new CommandResult(assessmentId, state.Version, []);
            stream.AppendMany([.. decision.Events]);
            var after = state.ThenAll(decision.Events);
            if (decision.Events.OfType<AssessmentClosed>().Any())
                await closing.ClosedAsync(session, after, instrument, Now, ct);
            else if (decision.Events.OfType<AssessmentReopened>().Any()) closing.Reopened(session, assessmentId, Now);
            alsoWrite?.Invoke(session, decision.Events);
            try
            {
                await session.SaveChangesAsync(ct);
            }
            catch (ConcurrencyException) when (attempt < Attempts)
            {
                // Someone appended first; decide again against their events.
                continue;
            }
            catch (Exception)
            {
                states.Forget(assessmentId);
                throw;
            }
            states.Committed(after);
            return new CommandResult(assessmentId, after.Version, []);
        }
    }

    private IssuedLink IssueLink(IDocumentSession session, Guid assessmentId, Guid respondentId, string role)
    {
        var token = Secrets.NewToken(16);
        session.Insert(new RespondentLink(RespondentLink.IdFor(token), assessmentId, respondentId, Now, null));
        return new IssuedLink(respondentId, role, token);
    }

    private static CommandResult Rejected(Guid id, string code, string field, string message) =>
        new(id, 0, [new Problem(code, field, message)]);
}
