using Marten;

namespace CapabilityAssessment.Scoring.Change;

/// <summary>
/// Where a change's measurement error comes from: each profile's pin to its norm release (Scoring/ProfilePin; issue
/// #14), the firm-level SEM that counts the profile's raters, computed once when the profile was pinned. One instance
/// serves one request: it keeps each pin once loaded.
/// </summary>
internal sealed class ChangeErrors(IDocumentStore store)
{
    private readonly Dictionary<Guid, ProfileNorms?> _pins = [];

    /// <summary>The pinned SEM of <paramref name="construct"/> for the firm score of <paramref name="profile"/>, or
    /// null when the profile has no pin yet (no norm release existed, or the scoring changed since).</summary>
    public async Task<double?> SemFor(AssessmentProfile profile, string construct, CancellationToken ct)
    {
        if (!_pins.TryGetValue(profile.Id, out var pin))
        {
            await using var session = store.QuerySession();
            pin = await session.LoadAsync<ProfileNorms>(profile.Id, ct);
            _pins[profile.Id] = pin = pin?.ScoringVersion == profile.ScoringVersion ? pin : null;
        }
        return pin?.Constructs.FirstOrDefault(c => c.Key == construct)?.Sem;
    }
}
