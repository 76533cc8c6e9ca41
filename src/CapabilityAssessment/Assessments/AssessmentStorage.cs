using CapabilityAssessment.Store;

namespace CapabilityAssessment.Assessments;

internal static class AssessmentStorage
{
    public static void Register(StoreOptions options)
    {
        options.RegisterEvent<AssessmentStarted>();
        options.RegisterEvent<RespondentInvited>();
        options.RegisterEvent<FirmProfileSaved>();
        options.RegisterEvent<AnswersSaved>();
        options.RegisterEvent<ResponseSubmitted>();
        options.RegisterEvent<AssessmentClosed>();
        options.RegisterEvent<AssessmentReopened>();
        options.Document<AssessmentSummary>("assessment_summary").Index("organisationId").Index("status").Index("instrumentKey");
        options.Projections.Add(new AssessmentSummaryProjection());
        options.Document<Scoring.AssessmentProfile>("profile").Index("instrumentKey");
        options.Document<Firm>("firm");
    }
}
