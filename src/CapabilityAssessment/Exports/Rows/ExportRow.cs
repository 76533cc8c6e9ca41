using System.Runtime.CompilerServices;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Exports.Bundle;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring;

namespace CapabilityAssessment.Exports.Rows;

/// <summary>
/// The raw firm attributes a release generalises into quasi-identifiers (the year is the assessment's start).
/// </summary>
internal sealed record FirmAttributes(string? Country, string? Industry, int? Employees, int? FoundingYear,
    int StartedYear, string? TurnoverBand);

/// <summary>
/// What a release needs of one closed assessment, kept in the table export_rows (Exports/Sql/0002) and written in the
/// transaction that closes it, so a release reads one compact row per assessment instead of replaying and re-scoring
/// its events. Values are in the order of the assessment's own instrument version (<see cref="VersionColumns"/>); a
/// release maps them onto its columns. Answers already carry the missing-value codes, a missing score is NaN; nothing
/// here identifies the firm but the ids (assessment and firm), which a release replaces with pseudonyms of its own.
/// Language is the assessment's (one per assessment today; every response row of a release carries it).
/// </summary>
internal sealed record ExportRow(
    Guid AssessmentId, string InstrumentKey, int InstrumentVersion, string ScoringVersion, long StreamVersion,
    DateTimeOffset SubmittedAt, Guid FirmId, string Language, FirmAttributes Firm,
    double[] FirmScores, string[] Roles, short[] Answers, double[] RespondentScores)
{
    public int Respondents => Roles.Length;

    /// <summary>
    /// The row of a closed assessment with at least one submitted response (null otherwise), scored as its profile is.
    /// </summary>
    public static ExportRow? From(Assessment a, InstrumentDefinition instrument) =>
        a.Status == AssessmentStatus.Closed ? From(a, instrument,
            ScoringEngine.Aggregate(instrument, a.Respondents)) : null;

    /// <summary>The same from scores computed already (closing scores once for the profile and this row).</summary>
    public static ExportRow? From(Assessment a, InstrumentDefinition instrument, FirmProfileScores scores)
    {
        if (a.Status != AssessmentStatus.Closed || a.Respondents.Max(r => r.SubmittedAt) is not { } submitted)
            return null;
        var columns = VersionColumns.For(instrument);
        var firm = new List<double>(columns.FirmScoreCount);
        foreach (var c in columns.Constructs)
        {
            var score = scores.Constructs.FirstOrDefault(s => s.Construct == c.Key);
            firm.Add(score?.Score ?? double.NaN);
            firm.Add(score?.Agreement?.Rwg ?? double.NaN);
        }
        foreach (var l in columns.Layers)
            firm.Add(scores.Layers.FirstOrDefault(s => s.Layer == l)?.Score ?? double.NaN);
        firm.Add(scores.Overall.Score ?? double.NaN);
        firm.Add(scores.Overall.WeakestLinkScore ?? double.NaN);

        var roles = new List<string>();
        var answers = new List<short>();
        var respondentScores = new List<double>();
        foreach (var rs in scores.RespondentScores)
        {
            var respondent = a.FindRespondent(rs.RespondentId)!;
            var asked = InstrumentForms.ItemsFor(instrument, respondent.Role);
            roles.Add(respondent.Role);
            foreach (var item in columns.Items)
                answers.Add(checked((short)(!asked.Contains(item.Id) ? MissingCodes.NotAsked
                    : !respondent.Answers.TryGetValue(item.Id, out var answer) ? MissingCodes.NotAnswered
                    : answer.DontKnow || answer.Value is null ? MissingCodes.DontKnow
                    : answer.Value.Value)));
            foreach (var c in columns.Constructs)
                respondentScores.Add(rs.Constructs.FirstOrDefault(s => s.Construct == c.Key)?.Score ?? double.NaN);
        }
        var f = a.Firm;
        return new ExportRow(a.Id, instrument.Key, instrument.Version, scores.ScoringVersion, a.Version, submitted,
            a.FirmId, a.Language, new FirmAttributes(f.Country, f.Industry, f.Employees, f.FoundingYear,
            a.StartedAt.UtcDateTime.Year, f.TurnoverBand),
            [.. firm], [.. roles], [.. answers], [.. respondentScores]);
    }
}

/// <summary>
/// The order of one instrument version's values in an <see cref="ExportRow"/>: items (distinct, in instrument
/// order) per respondent; constructs per respondent; and for the firm each construct's score and rwg, each
/// layer, the index, the weakest link.
/// </summary>
internal sealed class VersionColumns
{
    private static readonly ConditionalWeakTable<InstrumentDefinition, VersionColumns> Known = new();
    private VersionColumns(InstrumentDefinition instrument)
    {
        Items = [.. instrument.Items.DistinctBy(i => i.Id)];
        Constructs = instrument.Constructs;
        Layers = [.. Constructs.Select(c => c.Layer).Distinct()];
    }

    public static VersionColumns For(InstrumentDefinition instrument) =>
        Known.GetValue(instrument, i => new VersionColumns(i));

    public IReadOnlyList<Item> Items { get; }
    public IReadOnlyList<Construct> Constructs { get; }
    public IReadOnlyList<Layer> Layers { get; }
    public int FirmScoreCount => 2 * Constructs.Count + Layers.Count + 2;
}
