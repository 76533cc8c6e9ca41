using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring;
using CapabilityAssessment.Store;

namespace CapabilityAssessment.Reports;

/// <summary>What the report reads besides the assessment: its stored profile and the instrument's measurement errors.</summary>
internal static class ReportData
{
    public static async Task<AssessmentProfile?> ProfileAsync(DocumentStore store, Guid assessmentId, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<AssessmentProfile>(assessmentId, ct);
    }

    /// <summary>
    /// Each construct's standard error of measurement over the instrument version's submitted responses; a construct appears
    /// only once it has at least MeasurementError.MinimumScores scores (InstrumentReliability decides that).
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, MeasurementError>> MeasurementErrorsAsync(
        DocumentStore store, InstrumentDefinition instrument, CancellationToken ct)
    {
        var respondents = await SubmittedResponses.LoadAsync(store, instrument.Key, instrument.Version, ct);
        if (respondents.Count < MeasurementError.MinimumScores) return new Dictionary<string, MeasurementError>();
        return InstrumentReliability.For(instrument, respondents)
            .Where(r => r.MeasurementError is not null)
            .ToDictionary(r => r.Construct, r => r.MeasurementError!);
    }
}
