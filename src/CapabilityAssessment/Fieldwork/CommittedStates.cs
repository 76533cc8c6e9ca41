using CapabilityAssessment.Assessments;

namespace CapabilityAssessment.Fieldwork;

/// <summary>
/// The assessments this process committed last, as its commands folded them (issue #13): a save to one of them decides
/// against this state and appends with its version as the expected one, so it reads nothing before writing. The cache
/// is never trusted: PostgreSQL checks the expected version in the append itself (mt_quick_append_events raises on a
/// mismatch), so a state another instance or process moved on from fails that save's transaction, which then runs
/// again on the ordinary path that fetches the assessment. States are immutable, so readers may share one.
/// </summary>
/// <param name="capacity">Estimated (not measured) at some tens of KB per state with a few hundred saves in its
/// immutable collections: 1,024 hold the assessments answered at once on a busy instance in some tens of MB.</param>
internal sealed class CommittedStates(int capacity = 1024)
{
    private readonly Dictionary<Guid, (Assessment State, long Used)> states = [];
    private long clock;

    public Assessment? Find(Guid assessmentId)
    {
        lock (states)
        {
            if (!states.TryGetValue(assessmentId, out var entry)) return null;
            states[assessmentId] = (entry.State, ++clock);
            return entry.State;
        }
    }

    public void Committed(Assessment state)
    {
        lock (states)
        {
            // A later commit of the same stream may already be here (another committer): keep the newer one.
            if (states.TryGetValue(state.Id, out var known) && known.State.Version > state.Version) return;
            if (states.Count >= capacity && !states.ContainsKey(state.Id)) EvictOldest();
            states[state.Id] = (state, ++clock);
        }
    }

    public void Forget(Guid assessmentId)
    {
        lock (states) states.Remove(assessmentId);
    }

    /// <summary>Drops the least recently used eighth at once, so eviction is rare and costs one pass.</summary>
    private void EvictOldest()
    {
        var threshold = states.Values.Select(e => e.Used).Order().ElementAt(states.Count / 8);
        foreach (var id in states.Where(e => e.Value.Used <= threshold).Select(e => e.Key).ToList()) states.Remove(id);
    }
}
