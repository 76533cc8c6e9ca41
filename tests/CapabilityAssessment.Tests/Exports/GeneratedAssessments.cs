using System.Collections.Immutable;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Exports.Rows;
using CapabilityAssessment.Instruments;

namespace CapabilityAssessment.Tests.Exports;

/// <summary>Closed assessments made in memory with identifying details that must never reach a bundle.</summary>
internal static class GeneratedAssessments
{
    public const string FirmName = "Zyxwvut Secret Holdings Oy";
    public const string Organisation = "org-qwertyuiop";
    public static readonly DateTimeOffset Submitted = new(2026, 3, 14, 9, 26, 53, TimeSpan.Zero);

    private static readonly string[] Countries = ["FI", "SE", "DK", "EE", "DE", "JP"];
    private static readonly string[] Sections = ["C", "F", "J", "M", "Q"];

    public static IEnumerable<Assessment> Make(InstrumentDefinition instrument, int count, int seed, int rareEvery = 25)
    {
        var random = new Random(seed);
        for (var n = 0; n < count; n++)
        {
            var rare = n % rareEvery == 0;
            var firm = new FirmProfile(FirmName, rare ? Countries[random.Next(Countries.Length)] : "FI",
                rare ? Sections[random.Next(Sections.Length)] : "C", rare ? random.Next(1, 2000) : random.Next(10, 49),
                rare ? "over_50m" : "2m_10m", rare ? random.Next(1900, 2025) : 2015);
            var respondents = instrument.Roles.Take(1 + random.Next(instrument.Roles.Count))
                .Select(role => new Respondent(
                Guid.NewGuid(), role.Key,
                instrument.Items.Where(_ => random.NextDouble() > 0.05).ToImmutableDictionary(i => i.Id,
                    _ => random.NextDouble() < 0.05 ? new RecordedAnswer(null, true, 3)
                        : new RecordedAnswer(random.Next(1, 6), false, 3)),
                [], Submitted.AddDays(random.Next(20)))).ToImmutableList();
            yield return new Assessment(Guid.NewGuid(), Guid.NewGuid(),
                new InstrumentRef(instrument.Key, instrument.Version, "hash"), firm, "en", Organisation,
                AssessmentStatus.Closed, respondents, Submitted.AddDays(-3), 10);
        }
    }

    /// <summary>The export rows of the assessments, as closing them would have stored them.</summary>
    public static List<ExportRow> Rows(InstrumentDefinition instrument, IEnumerable<Assessment> assessments) =>
        [.. assessments.Select(a => ExportRow.From(a, instrument)!)];

    public static async IAsyncEnumerable<T> Async<T>(IEnumerable<T> items)
    {
        foreach (var item in items) yield return item;
        await Task.CompletedTask;
    }
}
