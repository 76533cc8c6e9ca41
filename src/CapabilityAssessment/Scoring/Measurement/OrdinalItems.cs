namespace CapabilityAssessment.Scoring.Measurement;

/// <summary>
/// Ordinal answers of respondents to the items of one construct, stored item by item as the index of the answer among
/// the categories the item actually received (so an unused category never yields an infinite threshold), Missing when
/// unanswered. Thresholds (Olsson 1979, step 1): τ_c = Φ⁻¹(share of the item's
/// available answers in categories ≤ c).
/// </summary>
internal sealed class OrdinalItems
{
    public const byte Missing = byte.MaxValue;

    public int Respondents { get; }
    public int Count => Codes.Length;
    /// <summary>Codes[item][respondent]: 0-based category index or Missing.</summary>
    public byte[][] Codes { get; }
    /// <summary>Thresholds[item]: −∞, τ_1 … τ_(m−1), +∞ for the item's m observed categories.</summary>
    public double[][] Thresholds { get; }

    private OrdinalItems(int respondents, byte[][] codes, double[][] thresholds) =>
        (Respondents, Codes, Thresholds) = (respondents, codes, thresholds);

    /// <summary>rows[respondent][item] = an integer category (e.g. 1-5, already reverse-keyed) or null.</summary>
    public static OrdinalItems From(IReadOnlyList<int?[]> rows, int items)
    {
        var codes = new byte[items][];
        var thresholds = new double[items][];
        for (var i = 0; i < items; i++)
        {
            var values = new SortedDictionary<int, int>();
            foreach (var row in rows)
                if (row[i] is { } v) values[v] = values.GetValueOrDefault(v) + 1;
            if (values.Count > 30) throw new ArgumentException($"Item {i + 1} has more than 30 distinct answers");
            var index = new Dictionary<int, byte>();
            foreach (var v in values.Keys) index[v] = (byte)index.Count;
            codes[i] = new byte[rows.Count];
            for (var r = 0; r < rows.Count; r++) codes[i][r] = rows[r][i] is { } v ? index[v] : Missing;
            thresholds[i] = Cut(values.Values.ToArray());
        }
        return new(rows.Count, codes, thresholds);
    }

    /// <summary>
    /// The same respondents drawn with replacement (a bootstrap sample), thresholds re-estimated; written into
    /// <paramref name="reuse"/> (an earlier resample of the same size) when given, so a bootstrap allocates once.
    /// </summary>
    public OrdinalItems Resample(ReadOnlySpan<int> draw, OrdinalItems? reuse = null)
    {
        var n = draw.Length;
        var target = reuse ?? new(n, Codes.Select(_ => new byte[n]).ToArray(),
            Thresholds.Select(t => new double[t.Length]).ToArray());
        Span<int> counts = stackalloc int[32];
        for (var i = 0; i < Count; i++)
        {
            var (source, codes) = (Codes[i], target.Codes[i]);
            var categories = Thresholds[i].Length - 1;
            counts[..categories].Clear();
            for (var r = 0; r < draw.Length; r++)
                if ((codes[r] = source[draw[r]]) != Missing) counts[codes[r]]++;
            Cut(counts[..categories], target.Thresholds[i]);
        }
        return target;
    }

    /// <summary>Padded thresholds from category counts; a category absent from a resample gives a tied
    /// threshold.</summary>
    private static double[] Cut(ReadOnlySpan<int> counts)
    {
        var t = new double[counts.Length + 1];
        Cut(counts, t);
        return t;
    }

    private static void Cut(ReadOnlySpan<int> counts, double[] t)
    {
        var total = 0;
        foreach (var c in counts) total += c;
        t[0] = double.NegativeInfinity;
        t[^1] = double.PositiveInfinity;
        var cumulative = 0;
        for (var c = 1; c < counts.Length; c++)
        {
            cumulative += counts[c - 1];
            t[c] = Normal.Quantile(cumulative / (double)total);
        }
    }
}
