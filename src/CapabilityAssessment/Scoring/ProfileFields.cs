using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Storage;
using JasperFx;
using Marten;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Scoring;

internal static class ProfileFields
{
    /// <summary>assessment.profile: only for closed assessments, always in the words of the pinned instrument version.</summary>
    public static void AddTo(ObjectGraphType<AssessmentView> assessment)
    {
        assessment.Field<ProfileViewType>("profile")
            .WithMetadata(GraphQL.ComplexityModel.CostKey, GraphQL.ComplexityModel.Profile)
            .Description("The capability profile, written when the assessment closed.")
            .Argument<StringGraphType>("language", a => a.DefaultValue = "en")
            .ResolveAsync(async c =>
            {
                var state = c.Source.State;
                if (state.Status != AssessmentStatus.Closed)
                    throw new ExecutionError("The assessment is open: a profile exists once it has closed.") { Code = "ASSESSMENT_NOT_CLOSED" };
                await using var session = c.RequestServices!.GetRequiredService<IDocumentStore>().QuerySession();
                // One round trip: the profile and its pin (a profile read never depends on how many firms there are).
                var batch = session.CreateBatchQuery();
                var (loadProfile, loadPin) = (batch.Load<AssessmentProfile>(state.Id), batch.Load<ProfileNorms>(state.Id));
                await batch.Execute(c.CancellationToken);
                var pin = await loadPin is { } p && p.ScoringVersion == (await loadProfile)?.ScoringVersion ? p : null;
                var profile = await loadProfile
                    ?? throw new ExecutionError("This assessment has no stored profile yet; run the rescore command.") { Code = "PROFILE_NOT_FOUND" };
                var instrument = c.RequestServices!.GetRequiredService<InstrumentCatalog>().Get(state.Instrument.Key, state.Instrument.Version)!;
                var language = c.GetArgument<string>("language");
                if (!instrument.Languages.Contains(language))
                    throw new ExecutionError($"language: '{language}' is not a language of {instrument.Key} v{instrument.Version}.") { Code = "UNSUPPORTED_LANGUAGE" };
                return ProfileViews.For(profile, instrument, language, pin);
            });
    }
}
