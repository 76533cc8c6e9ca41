using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Storage;
using JasperFx;
using Marten;

namespace CapabilityAssessment.Scoring;

/// <summary>
/// Every submitted response to one instrument version, for reliability statistics. Reads all its assessments (one query
/// for their documents): fine at today's volumes; a maintained aggregate should replace it when they grow.
/// </summary>
internal static class SubmittedResponses
{
    public static async Task<IReadOnlyList<Respondent>> LoadAsync(IDocumentStore store, string key, int version, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var states = await session.Query<Assessment>()
            .Where(a => a.Instrument.Key == key && a.Instrument.Version == version).ToListAsync(ct);
        return states.SelectMany(s => s.Respondents.Where(r => r.HasSubmitted)).ToList();
    }

    /// <summary>
    /// Each construct's standard error of measurement over the version's submitted responses; a construct appears only once
    /// it has at least MeasurementError.MinimumScores scores (InstrumentReliability decides that).
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, MeasurementError>> MeasurementErrorsAsync(
        IDocumentStore store, InstrumentDefinition instrument, CancellationToken ct)
    {
        var respondents = await LoadAsync(store, instrument.Key, instrument.Version, ct);
        if (respondents.Count < MeasurementError.MinimumScores) return new Dictionary<string, MeasurementError>();
        return InstrumentReliability.For(instrument, respondents)
            .Where(r => r.MeasurementError is not null)
            .ToDictionary(r => r.Construct, r => r.MeasurementError!);
    }
}
