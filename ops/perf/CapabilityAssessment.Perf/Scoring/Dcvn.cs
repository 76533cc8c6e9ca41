using System.Collections.Immutable;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;
using Microsoft.Extensions.Configuration;

namespace CapabilityAssessment.Perf.Scoring;

/// <summary>The real dcvn v1 instrument and generated respondents who answer every item they are asked.</summary>
internal static class Dcvn
{
    public static InstrumentCatalog Catalog() =>
        new(InstrumentFolder.Load(InstrumentLocations.From(new ConfigurationBuilder().Build()).Folder, seeds: null));

    public static Respondent Respondent(InstrumentDefinition instrument, string role, Random random,
        DateTimeOffset submittedAt)
    {
        var level = random.Next(1, 6);
        var answers = InstrumentForms.ItemsFor(instrument, role).ToImmutableDictionary(
            id => id, id => new RecordedAnswer(Math.Clamp(level + random.Next(-1, 2), 1, 5), false, 3));
        return new Respondent(Guid.CreateVersion7(), role, answers, [], submittedAt);
    }
}
