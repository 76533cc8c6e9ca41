using Marten;

namespace CapabilityAssessment.Scoring.Change;

/// <summary>
/// Where a change's measurement error comes from: each profile's pin to its norm release (Scoring/ProfilePin; issue
/// #14), the firm-level SEM that counts the profile's raters, computed once when the profile was pinned. A profile
/// without a pin (no norm release existed, or the scoring changed since) has no SEMs.
/// </summary>
internal static class ChangeErrors
{
    /// <summary>Both profiles' pinned SEMs by construct, read in one query.</summary>
    public static async Task<(Dictionary<string, double> Before, Dictionary<string, double> After)> ForAsync(
        IDocumentStore store, AssessmentProfile before, AssessmentProfile after, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var pins = (await session.LoadManyAsync<ProfileNorms>(ct, before.Id, after.Id)).ToDictionary(p => p.Id);
        return (Sems(before, pins), Sems(after, pins));
    }

    private static Dictionary<string, double> Sems(AssessmentProfile profile, Dictionary<Guid, ProfileNorms> pins) =>
        pins.GetValueOrDefault(profile.Id) is { } pin && pin.ScoringVersion == profile.ScoringVersion
            ? pin.Constructs.Where(c => c.Sem is not null).DistinctBy(c => c.Key)
                .ToDictionary(c => c.Key, c => c.Sem!.Value)
            : [];
}
