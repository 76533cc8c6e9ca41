using CapabilityAssessment.Assessments;
using CapabilityAssessment.Fieldwork;
using CapabilityAssessment.Instruments;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Fieldwork;

/// <summary>
/// SaveBatches (issue #13): saves queued behind a busy committer commit as one transaction; when that
/// transaction fails, each save is decided again and committed alone, so one save's failure is never
/// another's, and nothing is saved twice. One committer, held by a first save until the others are queued,
/// makes the batch certain without any timing. The others decide against the state this process committed last
/// (CommittedStates), as the service's saves do.
/// </summary>
[Collection("app")]
public sealed class saving_in_groups(AppFixture app)
{
    [Fact]
    public async Task a_batch_that_loses_a_race_is_saved_again_unit_by_unit_and_every_answer_is_stored_once()
    {
        var (batches, commands, instrument) = Services();
        using var _ = batches;
        var targets = await StartAsync(4);
        var item = InstrumentForms.ItemsFor(instrument, "managing_director").Order(StringComparer.Ordinal).ToArray();
        var (blocker, release) = await HoldTheCommitterAsync(batches, targets[0].Id, app);
        var decided = new int[3];
        var saveIds = targets.Skip(1).Select(_ => Guid.NewGuid()).ToArray();

        var saves = Enumerable.Range(0, 3).Select(
            i => batches.SaveAsync(new SaveBatches.Unit(targets[i + 1].Id, (state, pinned) =>
        {
            // The second save's stream is appended to by someone else after the batch fetched it: the batch must fail.
            if (Interlocked.Increment(ref decided[i]) == 1 && i == 1) Interfere(targets[2], item[1]);
            return AssessmentRules.SaveAnswers(state, pinned, targets[i + 1].Respondent, saveIds[i], 2,
                [new AnswerValue(item[0], 3)], commands.Now);
        }, u => commands.DecideAsync(u.AssessmentId, u.Decide, default)), default)).ToList();
        release();
        var results = await Task.WhenAll(saves);
        await blocker;

        Assert.All(results, r => Assert.Empty(r.Problems));
        Assert.Equal([2, 2, 2], decided);
        for (var i = 0; i < 3; i++)
        {
            var state = (await commands.LoadAsync(targets[i + 1].Id, default))!;
            Assert.Contains(saveIds[i], state.Respondents[0].SaveIds);
            Assert.Equal(3, state.Respondents[0].Answers[item[0]].Value);
            Assert.Equal(i == 1 ? 4 : 3, state.Version);
        }
    }

    [Fact]
    public async Task a_save_that_fails_fails_alone_and_the_others_in_its_batch_are_saved()
    {
        var (batches, commands, instrument) = Services();
        using var _ = batches;
        var targets = await StartAsync(3);
        var item = InstrumentForms.ItemsFor(instrument, "managing_director").Order(StringComparer.Ordinal).First();
        var (blocker, release) = await HoldTheCommitterAsync(batches, targets[0].Id, app);

        var broken = batches.SaveAsync(new SaveBatches.Unit(targets[1].Id,
            (_, _) => throw new InvalidOperationException("a broken save"), u =>
                commands.DecideAsync(u.AssessmentId, u.Decide, default)), default);
        var fine = batches.SaveAsync(new SaveBatches.Unit(targets[2].Id, (state, pinned) =>
            AssessmentRules.SaveAnswers(state, pinned, targets[2].Respondent, Guid.NewGuid(), 2,
                [new AnswerValue(item, 4)], commands.Now),
            u => commands.DecideAsync(u.AssessmentId, u.Decide, default)), default);
        release();
        await blocker;

        Assert.Equal("a broken save", (await Assert.ThrowsAsync<InvalidOperationException>(() => broken)).Message);
        Assert.True((await fine).Succeeded);
        Assert.Equal(4, (await commands.LoadAsync(targets[2].Id, default))!.Respondents[0].Answers[item].Value);
    }

    [Fact]
    public async Task a_save_against_a_state_another_instance_moved_on_from_is_decided_again_and_keeps_both_answers()
    {
        var (batches, commands, instrument) = Services();
        using var _ = batches;
        var targets = await StartAsync(3);
        var item = InstrumentForms.ItemsFor(instrument, "managing_director").Order(StringComparer.Ordinal).ToArray();
        // Written past this process (as another instance would): the state it committed last is now stale.
        Interfere(targets[1], item[1]);
        var (blocker, release) = await HoldTheCommitterAsync(batches, targets[0].Id, app);
        var decided = new int[2];

        var saves = Enumerable.Range(1, 2).Select(i => batches.SaveAsync(new SaveBatches.Unit(targets[i].Id,
            (state, pinned) =>
            {
                Interlocked.Increment(ref decided[i - 1]);
                return AssessmentRules.SaveAnswers(state, pinned, targets[i].Respondent, Guid.NewGuid(), 2,
                    [new AnswerValue(item[0], 4)], commands.Now);
            }, u => commands.DecideAsync(u.AssessmentId, u.Decide, default)), default)).ToList();
        release();
        var results = await Task.WhenAll(saves);
        await blocker;

        Assert.All(results, r => Assert.Empty(r.Problems));
        Assert.Equal([2, 2], decided);
        var moved = (await commands.LoadAsync(targets[1].Id, default))!;
        Assert.Equal(4, moved.Version);
        Assert.Equal(2, moved.Respondents[0].Answers[item[1]].Value);
        Assert.Equal(4, moved.Respondents[0].Answers[item[0]].Value);
        Assert.Equal(3, (await commands.LoadAsync(targets[2].Id, default))!.Version);
    }

    [Fact]
    public async Task a_save_based_on_a_version_only_another_instance_has_seen_is_not_refused()
    {
        var (batches, commands, instrument) = Services();
        using var _ = batches;
        var target = (await StartAsync(1))[0];
        var item = InstrumentForms.ItemsFor(instrument, "managing_director").Order(StringComparer.Ordinal).ToArray();
        Interfere(target, item[1]);

        // Version 3 exists only in the store: the state this process committed last is at 2.
        var saved = await batches.SaveAsync(new SaveBatches.Unit(target.Id, (state, pinned) =>
            AssessmentRules.SaveAnswers(state, pinned, target.Respondent, Guid.NewGuid(), 3,
                [new AnswerValue(item[0], 4)], commands.Now),
            u => commands.DecideAsync(u.AssessmentId, u.Decide, default)), default);

        Assert.Empty(saved.Problems);
        Assert.Equal(4, saved.Version);
    }

    private (SaveBatches Batches, AssessmentCommands Commands, InstrumentDefinition Instrument) Services()
    {
        var services = app.Host.Services;
        var catalog = services.GetRequiredService<InstrumentCatalog>();
        return (new SaveBatches(services.GetRequiredService<IDocumentStore>(), catalog,
                services.GetRequiredService<CommittedStates>(), committers: 1),
            services.CreateScope().ServiceProvider.GetRequiredService<AssessmentCommands>(), catalog.Get("dcvn", 1)!);
    }

    private sealed record Target(Guid Id, Guid Respondent);

    private async Task<Target[]> StartAsync(int count)
    {
        var consultant = await AssessmentClient.Consultant(app.Host, "groups");
        var targets = new List<Target>();
        for (var i = 0; i < count; i++)
        {
            var (id, _) = await consultant.Start();
            var store = app.Host.Services.GetRequiredService<IDocumentStore>();
            targets.Add(new Target(id, (await AssessmentReads.LatestAsync(store, id, default))!.Respondents[0].Id));
        }
        return [.. targets];
    }

    /// <summary>
    /// A first save whose commit waits for release(), so the committer is busy while the others queue.
    /// </summary>
    private static async Task<(Task<CommandResult> Blocker, Action Release)> HoldTheCommitterAsync(
        SaveBatches batches, Guid id, AppFixture app)
    {
        // Unknown to this process, so the save alone takes the ordinary path, which the test holds.
        app.Host.Services.GetRequiredService<CommittedStates>().Forget(id);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var blocker = batches.SaveAsync(new SaveBatches.Unit(id, (_, _) => Decision.Accept(), async _ =>
        {
            started.SetResult();
            await gate.Task;
            return new CommandResult(id, 2, []);
        }), default);
        await started.Task;
        return (blocker, gate.SetResult);
    }

    private void Interfere(Target target, string item)
    {
        using var session = app.Host.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        // As the service writes: through FetchForWriting (a bare Quick append leaves the projected Version unknown).
        session.Events.FetchForWriting<Assessment>(target.Id).GetAwaiter().GetResult()
            .AppendOne(new AnswersSaved(target.Respondent, Guid.NewGuid(), [new AnswerValue(item, 2)],
                DateTimeOffset.UtcNow));
        session.SaveChangesAsync().GetAwaiter().GetResult();
    }
}
