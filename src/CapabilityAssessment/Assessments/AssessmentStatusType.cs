using GraphQL.Types;

namespace CapabilityAssessment.Assessments;

/// <summary>The status enum in GraphQL, shared by the assessment's own type and a firm's list of assessments.</summary>
public sealed class AssessmentStatusType : EnumerationGraphType<AssessmentStatus>
{
    public AssessmentStatusType() => Name = "AssessmentStatus";
}
