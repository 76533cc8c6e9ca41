using JasperFx.Events;
using Marten.Events.Aggregation;

namespace CapabilityAssessment.Assessments;

/// <summary>
/// The assessment as a document, folded by the same code a decision uses (<see cref="Assessment.Then"/>).
/// </summary>
public sealed class AssessmentProjection : SingleStreamProjection<Assessment, Guid>
{
    public override Assessment? Evolve(Assessment? snapshot, Guid id, IEvent e) =>
        e.Data is AssessmentStarted started ? Assessment.StartedBy(started) : snapshot?.Then(e.Data);
}
