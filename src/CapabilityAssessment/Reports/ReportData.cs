using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring;
using CapabilityAssessment.Storage;
using JasperFx;
using Marten;

namespace CapabilityAssessment.Reports;

/// <summary>What the report reads besides the assessment: its stored profile and the norms it is pinned to, in one
/// round trip (a report page never depends on how many firms there are).</summary>
internal static class ReportData
{
    public static async Task<(AssessmentProfile? Profile, ProfileNorms? Pin)> ProfileAsync(IDocumentStore store,
        Guid assessmentId, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var batch = session.CreateBatchQuery();
        var (profile, pin) = (batch.Load<AssessmentProfile>(assessmentId), batch.Load<ProfileNorms>(assessmentId));
        await batch.Execute(ct);
        var (p, n) = (await profile, await pin);
        return (p, n is not null && n.ScoringVersion == p?.ScoringVersion ? n : null);
    }
}
