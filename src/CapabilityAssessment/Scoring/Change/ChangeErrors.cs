using CapabilityAssessment.Instruments;
using JasperFx;
using Marten;

namespace CapabilityAssessment.Scoring.Change;

/// <summary>
/// Where a change's measurement error comes from: the one place to swap when profiles carry the SEM of their norm release
/// (issue #14). One instance serves one request: it keeps each instrument version's errors once loaded.
/// </summary>
internal sealed class ChangeErrors(IDocumentStore store, InstrumentCatalog catalog)
{
    private readonly Dictionary<(string, int), IReadOnlyDictionary<string, MeasurementError>> _live = [];

    /// <summary>
    /// The SEM of <paramref name="construct"/> for the firm score of <paramref name="profile"/>, or null when there is none
    /// yet. Today: the live SEM of the profile's instrument version over every submitted response (SD × √(1 − alpha) of
    /// respondents' scores, from 30 scores on), the same the report's intervals use. It is a single respondent's error,
    /// larger than that of a mean over several, so the change it judges real is conservatively so.
    /// </summary>
    public async Task<double?> SemFor(AssessmentProfile profile, string construct, CancellationToken ct)
    {
        var key = (profile.Instrument.Key, profile.Instrument.Version);
        if (!_live.TryGetValue(key, out var errors))
        {
            errors = catalog.Get(key.Key, key.Version) is { } instrument
                ? await SubmittedResponses.MeasurementErrorsAsync(store, instrument, ct)
                : new Dictionary<string, MeasurementError>();
            _live[key] = errors;
        }
        return errors.GetValueOrDefault(construct)?.Sem;
    }
}
