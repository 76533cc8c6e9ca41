using CapabilityAssessment.Assessments;
using CapabilityAssessment.Benchmarks;
using CapabilityAssessment.Exports.Anonymisation;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring;

namespace CapabilityAssessment.Exports.Bundle;

/// <summary>
/// Turns one closed assessment into rows of the two tables. Only what the layout declares is copied: never the firm's
/// name, ids, organisation, tokens, free text or exact dates.
/// </summary>
internal sealed class ExportRows(ReleaseLayout layout, IReadOnlyList<int> ageBounds)
{
    private readonly Dictionary<int, InstrumentDefinition> _versions = layout.Versions.ToDictionary(v => v.Version);

    public InstrumentDefinition? InstrumentOf(Assessment a) => _versions.GetValueOrDefault(a.Instrument.Version);

    /// <summary>The ungeneralised quasi-identifiers, in the order of <see cref="QuasiIdentifiers.All"/>.</summary>
    public QiKey QuasiIdentifiers(Assessment a) => new(
    [
        a.Firm.Country, a.Firm.Industry, PeerDimensions.SizeClass(a.Firm.Employees),
        PeerDimensions.AgeClass(a.Firm.FoundingYear, a.StartedAt.UtcDateTime.Year, ageBounds), a.Firm.TurnoverBand,
    ]);

    public object?[] Firm(Assessment a, string pseudonym, string[] generalised, FirmProfileScores scores)
    {
        var row = new List<object?>(layout.Firms.Count)
        {
            pseudonym, a.Instrument.Version,
            Coarsening.Month(a.Respondents.Where(r => r.HasSubmitted).Max(r => r.SubmittedAt)), scores.Respondents,
        };
        row.AddRange(generalised);
        var constructs = scores.Constructs.ToDictionary(c => c.Construct);
        foreach (var c in layout.Constructs)
        {
            var score = constructs.GetValueOrDefault(c.Key);
            row.Add(score?.Score);
            row.Add(score?.Agreement?.Rwg);
        }
        var layers = scores.Layers.ToDictionary(l => l.Layer);
        foreach (var l in layout.Layers) row.Add(layers.GetValueOrDefault(l)?.Score);
        row.Add(scores.Overall.Score);
        row.Add(scores.Overall.WeakestLinkScore);
        return [.. row];
    }

    public IEnumerable<object?[]> Responses(Assessment a, string pseudonym, FirmProfileScores scores)
    {
        var instrument = InstrumentOf(a)!;
        var plan = ScoringPlan.For(instrument);
        foreach (var respondentScores in scores.RespondentScores)
        {
            var respondent = a.FindRespondent(respondentScores.RespondentId)!;
            var asked = plan.Constructs.Where(c => c.IsAskedOf(respondent.Role)).SelectMany(c => c.ItemIds).ToHashSet();
            var row = new List<object?>(layout.Responses.Count) { pseudonym, a.Instrument.Version, respondent.Role };
            foreach (var item in layout.Items)
                row.Add(!asked.Contains(item.Id) ? MissingCodes.NotAsked
                    : !respondent.Answers.TryGetValue(item.Id, out var answer) ? MissingCodes.NotAnswered
                    : answer.DontKnow || answer.Value is null ? MissingCodes.DontKnow
                    : answer.Value.Value);
            var byConstruct = respondentScores.Constructs.ToDictionary(c => c.Construct);
            foreach (var c in layout.Constructs) row.Add(byConstruct.GetValueOrDefault(c.Key)?.Score);
            yield return [.. row];
        }
    }
}
