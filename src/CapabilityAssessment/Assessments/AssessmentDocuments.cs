using JasperFx.Events.Projections;
using Marten;

namespace CapabilityAssessment.Assessments;

internal static class AssessmentDocuments
{
    public static void Register(StoreOptions options)
    {
        options.Events.AddEventTypes([
            typeof(AssessmentStarted), typeof(RespondentInvited), typeof(FirmContactNamed), typeof(FirmProfileSaved),
            typeof(AnswersSaved), typeof(ResponseSubmitted), typeof(AssessmentClosed), typeof(AssessmentReopened)]);
        // Inline: a save fetches the assessment as one document instead of folding its stream, and lists and reads of
        // an assessment never lag its events (both commit in the transaction that appends them).
        options.Projections.Add(new AssessmentProjection(), ProjectionLifecycle.Inline);
        options.Schema.For<Assessment>().DocumentAlias("assessment").Index(x => x.FirmId);
        options.Projections.Add(new AssessmentSummaryProjection(), ProjectionLifecycle.Inline);
        options.Schema.For<AssessmentSummary>().DocumentAlias("assessment_summary")
            .Index(x => x.OrganisationId).Index(x => x.Status).Index(x => x.InstrumentKey);
        options.Schema.For<Firm>().DocumentAlias("firm");
    }
}
