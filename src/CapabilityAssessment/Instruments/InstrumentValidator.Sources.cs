using System.Globalization;
using System.Text.RegularExpressions;

namespace CapabilityAssessment.Instruments;

internal sealed partial class InstrumentValidator
{
    private void Sources()
    {
        foreach (var (construct, c) in d.Constructs.Select((x, i) => (x, i)))
            foreach (var (item, i) in construct.Items.Select((x, i) => (x, i)))
                Source(item.Source, $"constructs[{c}].items[{i}].source");
    }

    private void Source(ItemSource source, string path)
    {
        if (!context.Lines.ContainsKey(path)) return; // missing source: MISSING_FIELD already
        if ((source.Seed is null) == (source.Scale is null))
        {
            Report(path, ProblemCodes.BadSource, "give exactly one of seed (with lines and quote) or scale");
            return;
        }
        if (source.Scale is { } scale)
        {
            if (!CitationPattern().IsMatch(scale))
                Report($"{path}.scale", ProblemCodes.BadSource, $"'{scale}' is not cited as 'Author(s) (yyyy), what'");
            if (source.Lines is not null || source.Quote is not null)
                Report(path, ProblemCodes.BadSource, "lines and quote belong to a seed source, not a scale citation");
            return;
        }
        var seed = source.Seed!;
        var ok = true;
        if (!SeedNamePattern().IsMatch(seed))
        {
            Report($"{path}.seed", ProblemCodes.BadSource,
                $"seed '{seed}' is not a seed file name like 003_4147072b2b249032.txt");
            ok = false;
        }
        var range = ParseLines(source.Lines);
        if (range is null)
        {
            Report($"{path}.lines", ProblemCodes.BadSource, source.Lines is null
                ? "a seed source needs lines: N-M" : $"lines '{source.Lines}' is not a range N-M with 1 <= N <= M");
            ok = false;
        }
        if (source.Quote is null || Words(source.Quote) < 3)
        {
            Report($"{path}.quote", ProblemCodes.BadSource,
                "a seed source needs a quote of at least 3 words from those lines");
            ok = false;
        }
        if (ok && seeds is not null) CheckQuote(seed, range!.Value, source.Quote!, path);
    }

    private void CheckQuote(string seed, (int From, int To) range, string quote, string path)
    {
        var lines = seeds!.Lines(seed);
        if (lines is null)
        {
            Report($"{path}.seed", ProblemCodes.SeedNotFound, $"seed file '{seed}' is not in {seeds.Folder}");
            return;
        }
        if (range.To > lines.Count)
        {
            Report($"{path}.lines", ProblemCodes.SeedLinesOutOfRange,
                $"lines {range.From}-{range.To} run past the end of {seed} ({lines.Count} lines)");
            return;
        }
        var excerpt = SeedLibrary.Normalise(
            string.Join(' ', lines.Skip(range.From - 1).Take(range.To - range.From + 1)));
        if (!excerpt.Contains(SeedLibrary.Normalise(quote), StringComparison.Ordinal))
            Report($"{path}.quote", ProblemCodes.QuoteNotFound,
                $"the quote is not in lines {range.From}-{range.To} of {seed}");
    }

    public static (int From, int To)? ParseLines(string? lines)
    {
        var match = lines is null ? null : LinesPattern().Match(lines);
        if (match is not { Success: true }) return null;
        if (!int.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, out var from) ||
            !int.TryParse(match.Groups[2].Value, CultureInfo.InvariantCulture, out var to)) return null;
        return from >= 1 && from <= to ? (from, to) : null;
    }

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"^\d{3}_[0-9a-f]{16}\.txt$")]
    private static partial Regex SeedNamePattern();

    [GeneratedRegex(@"^(\d+)-(\d+)$")]
    private static partial Regex LinesPattern();

    // "Sousa, Martínez-López & Coelho (2008), global mindset scale": authors, a
    // four-digit year (2008a allowed), then what.
    [GeneratedRegex(@"^\S.* \(\d{4}[a-z]?\), \S.*$")]
    private static partial Regex CitationPattern();
}
