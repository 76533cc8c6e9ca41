using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring;
using CapabilityAssessment.Storage;
using JasperFx;
using Marten;

namespace CapabilityAssessment.Reports;

/// <summary>What the report reads besides the assessment: its stored profile.</summary>
internal static class ReportData
{
    public static async Task<AssessmentProfile?> ProfileAsync(IDocumentStore store, Guid assessmentId, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<AssessmentProfile>(assessmentId, ct);
    }
}
