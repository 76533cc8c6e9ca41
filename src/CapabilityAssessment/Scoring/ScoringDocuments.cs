using Marten;

namespace CapabilityAssessment.Scoring;

/// <summary>
/// Scoring's documents: the profile closing writes and its pin to a norm release (Norms writes the pin).
/// </summary>
internal static class ScoringDocuments
{
    public static void Register(StoreOptions options)
    {
        options.Schema.For<AssessmentProfile>().DocumentAlias("profile").Index(x => x.InstrumentKey);
        options.Schema.For<ProfileNorms>().DocumentAlias("profile_norms");
    }
}
