using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring.Change;
using CapabilityAssessment.Scoring;
using GraphQL;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Profiles;

/// <summary>
/// assessment.profile: only for closed assessments, always in the words of the pinned instrument version.
/// </summary>
internal static class ProfileRead
{
    public static async Task<ProfileView> ForAsync(IResolveFieldContext c, Assessment state, string language)
    {
        if (state.Status != AssessmentStatus.Closed)
            throw new ExecutionError("The assessment is open: a profile exists once it has closed.")
                { Code = ProfileCodes.AssessmentNotClosed };
        await using var session = c.RequestServices!.GetRequiredService<IDocumentStore>().QuerySession();
        // One round trip: the profile and its pin (a profile read never depends on how many firms there are).
        var batch = session.CreateBatchQuery();
        var (loadProfile, loadPin) = (batch.Load<AssessmentProfile>(state.Id), batch.Load<ProfileNorms>(state.Id));
        await batch.Execute(c.CancellationToken);
        var pin = await loadPin is { } p && p.ScoringVersion == (await loadProfile)?.ScoringVersion ? p : null;
        var profile = await loadProfile
            ?? throw new ExecutionError("This assessment has no stored profile yet; run the rescore command.")
                { Code = ProfileCodes.ProfileNotFound };
        var instrument = c.RequestServices!.GetRequiredService<InstrumentCatalog>()
            .Get(state.Instrument.Key, state.Instrument.Version)!;
        if (!instrument.Languages.Contains(language))
            throw new ExecutionError($"language: '{language}' is not a language of {instrument.Key} " +
                $"v{instrument.Version}.")
                { Code = InstrumentCodes.UnsupportedLanguage };
        return ProfileViews.For(profile, instrument, language, pin);
    }
}
