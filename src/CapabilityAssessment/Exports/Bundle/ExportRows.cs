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
    // Per version and role: which items the role is asked. Built once, not per respondent (it is in the per-row loop).
    private readonly Dictionary<(int, string), HashSet<string>> _asked = new();

    public InstrumentDefinition? InstrumentOf(Assessment a) => _versions.GetValueOrDefault(a.Instrument.Version);

    /// <summary>The ungeneralised quasi-identifiers, in the order of <see cref="QuasiIdentifiers.All"/>.</summary>
    public QiKey QuasiIdentifiers(Assessment a) =>
        QuasiIdentifiers(a.Firm.Country, a.Firm.Industry, a.Firm.Employees, a.Firm.FoundingYear, a.StartedAt.UtcDateTime.Year, a.Firm.TurnoverBand);

    /// <summary>The same from the raw firm attributes (the release's first pass counts these in SQL).</summary>
    public QiKey QuasiIdentifiers(string? country, string? industry, int? employees, int? foundingYear, int startedYear, string? turnoverBand) =>
        new([country, industry, PeerDimensions.SizeClass(employees), PeerDimensions.AgeClass(foundingYear, startedYear, ageBounds), turnoverBand]);

    public object?[] Firm(Assessment a, string pseudonym, string[] generalised, FirmProfileScores scores)
    {
        var row = new List<object?>(layout.Firms.Count)
        {
            pseudonym, a.Instrument.Version,
            Coarsening.Month(a.Respondents.Where(r => r.HasSubmitted).Max(r => r.SubmittedAt)), scores.Respondents,
        };
        row.AddRange(generalised);
        foreach (var c in layout.Constructs)
        {
            var score = Find(scores.Constructs, c.Key, s => s.Construct);
            row.Add(score?.Score);
            row.Add(score?.Agreement?.Rwg);
        }
        foreach (var l in layout.Layers)
        {
            LayerScore? layer = null;
            foreach (var candidate in scores.Layers) if (candidate.Layer == l) { layer = candidate; break; }
            row.Add(layer?.Score);
        }
        row.Add(scores.Overall.Score);
        row.Add(scores.Overall.WeakestLinkScore);
        return [.. row];
    }

    public IEnumerable<object?[]> Responses(Assessment a, string pseudonym, FirmProfileScores scores)
    {
        var instrument = InstrumentOf(a)!;
        foreach (var respondentScores in scores.RespondentScores)
        {
            var respondent = a.FindRespondent(respondentScores.RespondentId)!;
            if (!_asked.TryGetValue((instrument.Version, respondent.Role), out var asked))
                _asked[(instrument.Version, respondent.Role)] = asked =
                    ScoringPlan.For(instrument).Constructs.Where(c => c.IsAskedOf(respondent.Role)).SelectMany(c => c.ItemIds).ToHashSet();
            var row = new List<object?>(layout.Responses.Count) { pseudonym, a.Instrument.Version, respondent.Role };
            foreach (var item in layout.Items)
                row.Add(!asked.Contains(item.Id) ? MissingCodes.NotAsked
                    : !respondent.Answers.TryGetValue(item.Id, out var answer) ? MissingCodes.NotAnswered
                    : answer.DontKnow || answer.Value is null ? MissingCodes.DontKnow
                    : answer.Value.Value);
            foreach (var c in layout.Constructs) row.Add(Find(respondentScores.Constructs, c.Key, s => s.Construct)?.Score);
            yield return [.. row];
        }
    }

    // A linear search: a few dozen constructs, in the per-row loop, where a dictionary per row cost more than it saved.
    private static T? Find<T>(IReadOnlyList<T> items, string key, Func<T, string> keyOf) where T : class
    {
        for (var i = 0; i < items.Count; i++)
            if (keyOf(items[i]) == key) return items[i];
        return null;
    }
}
