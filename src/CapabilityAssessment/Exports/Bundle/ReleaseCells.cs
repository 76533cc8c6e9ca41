using CapabilityAssessment.Benchmarks;
using CapabilityAssessment.Exports.Anonymisation;
using CapabilityAssessment.Exports.Rows;
using CapabilityAssessment.Scoring;

namespace CapabilityAssessment.Exports.Bundle;

/// <summary>
/// Turns one stored <see cref="ExportRow"/> into rows of the release's two tables: its values, in the order of its own
/// instrument version, go to the release layout's columns (a column the version lacks is "not asked" or empty). Only
/// what the layout declares is written: never the firm's name, ids, organisation, tokens, free text or exact dates.
/// </summary>
internal sealed class ReleaseCells
{
    private readonly IReadOnlyList<int> _ageBounds;
    private readonly IReadOnlyList<string> _ageClasses;
    private readonly Dictionary<int, Targets> _versions;
    private readonly int _itemsAt, _qiAt, _languageAt, _languageQi, _roleAt;
    private readonly int _firmIdAt, _orderAt, _monthAt, _respondentsAt;

    public ReleaseCells(ReleaseLayout layout, IReadOnlyList<int> ageBounds)
    {
        (_ageBounds, _ageClasses) = (ageBounds, PeerDimensions.AgeClasses(ageBounds));
        (FirmShape, ResponseShape) = (new TableShape(layout.Firms), new TableShape(layout.Responses));
        _versions = layout.Versions.ToDictionary(v => v.Version, v =>
            new Targets(VersionColumns.For(v), FirmShape, ResponseShape));
        _itemsAt = ResponseShape.Slots[layout.Responses.Count - layout.Items.Count - layout.Constructs.Count];
        (_roleAt, _languageAt) = (ResponseShape.Slot("respondent_role"),
            ResponseShape.Slot(Anonymisation.QuasiIdentifiers.Language.Name));
        _qiAt = FirmShape.Slot(Anonymisation.QuasiIdentifiers.All[0].Name);
        _languageQi = Anonymisation.QuasiIdentifiers.IndexOf(Anonymisation.QuasiIdentifiers.Language);
        (_firmIdAt, _orderAt) = (FirmShape.Slot("firm_pseudonym"), FirmShape.Slot("assessment_order"));
        (_monthAt, _respondentsAt) = (FirmShape.Slot("submission_month"), FirmShape.Slot("respondents"));
    }

    public TableShape FirmShape { get; }
    public TableShape ResponseShape { get; }
    public IReadOnlyList<int> AgeBounds => _ageBounds;

    public bool Includes(ExportRow row) => _versions.ContainsKey(row.InstrumentVersion) && row.Respondents > 0;

    /// <summary>
    /// The ungeneralised quasi-identifiers of one assessment of a firm with <paramref name="firmAssessments"/> in the
    /// release, in the order of <see cref="QuasiIdentifiers.All"/>.
    /// </summary>
    public QiKey QuasiIdentifiers(ExportRow row, int firmAssessments) =>
        QuasiIdentifiers(row.Firm.Country, row.Firm.Industry, PeerDimensions.SizeClassIndex(row.Firm.Employees),
        PeerDimensions.AgeClassIndex(row.Firm.FoundingYear, row.Firm.StartedYear, _ageBounds),
        row.Firm.TurnoverBand, Anonymisation.QuasiIdentifiers.RoleSet(row.Roles), row.Language, firmAssessments);

    /// <summary>The key of a firm: the keys of its assessments (in release order) one after another.</summary>
    public QiKey FirmKey(IReadOnlyList<ExportRow> assessments)
    {
        var keys = new QiKey[assessments.Count];
        for (var i = 0; i < keys.Length; i++) keys[i] = QuasiIdentifiers(assessments[i], keys.Length);
        return QiKey.Firm(keys);
    }

    /// <summary>The same from the classes as numbers (the release's first pass counts these in SQL).</summary>
    public QiKey QuasiIdentifiers(string? country, string? industry, int? sizeClass, int? ageClass,
        string? turnoverBand, string roles, string? language, int firmAssessments) =>
        new([country, industry, sizeClass is { } s ? PeerDimensions.SizeClasses[s] : null,
            ageClass is { } a ? _ageClasses[a] : null, turnoverBand, roles, language, Count(firmAssessments)]);

    /// <summary>
    /// The firm row of one assessment, <paramref name="order"/> (0 for T0) among the firm's released ones.
    /// </summary>
    public TableRow Firm(ExportRow row, int order, string pseudonym, string firmPseudonym,
        ArraySegment<string> generalised)
    {
        var targets = _versions[row.InstrumentVersion];
        var cells = new TableRow(FirmShape);
        (cells.Strings[0], cells.Strings[_firmIdAt], cells.Strings[_orderAt]) =
            (pseudonym, firmPseudonym, Order(order));
        cells.Strings[_monthAt] = Month(row.SubmittedAt);
        (cells.Integers[0], cells.Integers[_respondentsAt]) = (row.InstrumentVersion, row.Respondents);
        for (var i = 0; i < generalised.Count; i++) cells.Strings[_qiAt + i] = generalised[i];
        Array.Fill(cells.Doubles, double.NaN);
        for (var j = 0; j < targets.FirmScores.Length; j++)
            if (targets.FirmScores[j] >= 0)
                cells.Doubles[targets.FirmScores[j]] = ScorePrecision.Round(row.FirmScores[j]);
        return cells;
    }

    /// <summary>
    /// The respondents' rows; the language is the released (possibly generalised) one of the firm row.
    /// </summary>
    public IEnumerable<TableRow> Responses(ExportRow row, string pseudonym, ArraySegment<string> generalised)
    {
        var targets = _versions[row.InstrumentVersion];
        var (items, constructs) = (targets.Items.Length, targets.Constructs.Length);
        for (var r = 0; r < row.Roles.Length; r++)
        {
            var cells = new TableRow(ResponseShape);
            (cells.Strings[0], cells.Strings[_roleAt], cells.Integers[0]) =
                (pseudonym, row.Roles[r], row.InstrumentVersion);
            cells.Strings[_languageAt] = generalised[_languageQi];
            Array.Fill(cells.Integers, MissingCodes.NotAsked, _itemsAt, cells.Integers.Length - _itemsAt);
            Array.Fill(cells.Doubles, double.NaN);
            for (var j = 0; j < items; j++) cells.Integers[targets.Items[j]] = row.Answers[r * items + j];
            for (var j = 0; j < constructs; j++)
                cells.Doubles[targets.Constructs[j]] = ScorePrecision.Round(row.RespondentScores[r * constructs + j]);
            yield return cells;
        }
    }

    private readonly Dictionary<int, string> _months = new();
    private static readonly string[] Orders = [.. Enumerable.Range(0, 16).Select(i => $"T{i}")];
    private static readonly string[] Counts = [.. Enumerable.Range(0, 16).Select(i => $"{i}")];

    // Strings made once, not per firm.
    private static string Order(int order) => order < Orders.Length ? Orders[order] : $"T{order}";

    private static string Count(int count) => count < Counts.Length ? Counts[count] : $"{count}";

    // A handful of distinct months, formatted once each rather than once per firm.
    private string Month(DateTimeOffset when)
    {
        var utc = when.UtcDateTime;
        var key = utc.Year * 12 + utc.Month;
        if (!_months.TryGetValue(key, out var month)) _months[key] = month = Coarsening.Month(when)!;
        return month;
    }

    /// <summary>
    /// The slot of each of a version's values among the release layout's columns (by
    /// variable name, as names follow keys).
    /// </summary>
    private sealed class Targets(VersionColumns own, TableShape firms, TableShape responses)
    {
        public int[] Items { get; } = [.. own.Items.Select(i => responses.Slot(VariableNames.Safe("q_", i.Id)))];
        public int[] Constructs { get; } = [.. own.Constructs.Select(c =>
            responses.Slot(VariableNames.Safe("rs_", c.Key)))];
        public int[] FirmScores { get; } =
        [
            .. own.Constructs.SelectMany(c => new[] { firms.Slot(VariableNames.Safe("fs_", c.Key)),
                firms.Slot(VariableNames.Safe("rwg_", c.Key)) }),
            // Management modes are no layer score (LayerScoring leaves them out): the release has no column for them.
            .. own.Layers.Select(l => firms.SlotOrNone(VariableNames.Safe("layer_", l.Key()))),
            firms.Slot("overall_index"), firms.Slot("weakest_link"),
        ];
    }
}
