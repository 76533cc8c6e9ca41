using CapabilityAssessment.Assessments;
using CapabilityAssessment.Fieldwork;
using CapabilityAssessment.Instruments;

namespace CapabilityAssessment.Tests.Fieldwork;

/// <summary>
/// CommittedStates (issue #13): what this process committed last, which grouped saves decide against without reading.
/// </summary>
public sealed class committed_states
{
    [Fact]
    public void a_full_cache_drops_the_least_recently_used_and_keeps_what_it_was_just_given()
    {
        var states = new CommittedStates(capacity: 16);
        var ids = Enumerable.Range(0, 16).Select(_ => Guid.NewGuid()).ToArray();
        foreach (var id in ids) states.Committed(State(id, 2));
        Assert.NotNull(states.Find(ids[0]));
        var newest = Guid.NewGuid();

        states.Committed(State(newest, 2));

        Assert.NotNull(states.Find(newest));
        Assert.NotNull(states.Find(ids[0]));
        Assert.Null(states.Find(ids[1]));
        Assert.True(ids.Count(id => states.Find(id) is not null) <= 15);
    }

    [Fact]
    public void an_older_state_never_replaces_a_newer_one_of_the_same_assessment()
    {
        var states = new CommittedStates();
        var id = Guid.NewGuid();
        states.Committed(State(id, 5));
        states.Committed(State(id, 4));
        Assert.Equal(5, states.Find(id)!.Version);
        states.Forget(id);
        Assert.Null(states.Find(id));
    }

    private static Assessment State(Guid id, long version) =>
        Assessment.StartedBy(new AssessmentStarted(id, Guid.NewGuid(), new InstrumentRef("dcvn", 1, "hash"),
            new FirmProfile("Firm", "FI", "C", 10), "en", null, "tester", DateTimeOffset.UnixEpoch))
        with { Version = version };
}
