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
        // Async (issue #13): every answer save would otherwise rewrite and re-read the whole assessment document in its
        // transaction. The daemon folds many saves into one write; readers add the events it has not folded yet
        // (AssessmentReads), and commands decide against the state they committed last (Fieldwork's CommittedStates).
        options.Projections.Add(new AssessmentProjection(), ProjectionLifecycle.Async);
        // No firm id index: a firm's assessments are found by their summaries (FirmHistory), written with their start.
        options.Schema.For<Assessment>().DocumentAlias("assessment");
        options.Projections.Add(new AssessmentSummaryProjection(), ProjectionLifecycle.Inline);
        options.Schema.For<AssessmentSummary>().DocumentAlias("assessment_summary")
            .Index(x => x.OrganisationId).Index(x => x.Status).Index(x => x.InstrumentKey).Index(x => x.FirmId);
        options.Schema.For<Firm>().DocumentAlias("firm");
    }
}
