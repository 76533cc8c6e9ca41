using System.Globalization;
using System.Text;

namespace CapabilityAssessment.Exports.Bundle;

/// <summary>
/// release.R (base R) and release.py (pandas): read both tables with the missing-value codes as missing, with variable
/// and value labels (R: "label"/"labels" attributes, haven_labelled where haven is installed; pandas: DataFrame.attrs),
/// recode reverse-keyed items into new *_r columns, compute each construct's score as the service does (sc_*; a count
/// index counts, everything else is the rescaled weighted mean), each over the rows of the instrument versions its
/// definition belongs to, and print Cronbach's alpha per scale (never per index; listwise, as the service computes it)
/// as "alpha name value n". The bundle's folder is the first command-line argument (default: the working folder).
/// </summary>
internal static class AnalysisScripts
{
    public static string R(Codebook codebook)
    {
        var s = new StringBuilder($"# Release {codebook.Release}: Rscript release.R /path/to/release\n");
        s.Append("# or in R: bundle <- \"/path/to/release\"; source(file.path(bundle, \"release.R\"))\n");
        s.Append("args <- commandArgs(trailingOnly = TRUE)\n");
        s.Append("if (length(args) > 0) bundle <- args[1] else if (!exists(\"bundle\")) bundle <- \".\"\n");
        s.Append($"missing_codes <- c({string.Join(", ", codebook.MissingCodes.Keys)})  # {Comment(codebook)}\n");
        s.Append("constructs <- list(\n");
        s.Append(string.Join(",\n", codebook.Constructs.Select(c =>
            $"  {c.Name} = list(key = \"{c.Key}\", versions = c({string.Join(", ", c.Versions)}), kind = " +
            $"\"{c.Kind}\", " +
            $"rule = \"{Rule(c)}\", threshold = {c.Threshold?.ToString(CultureInfo.InvariantCulture) ?? "NA"}, " +
            $"score = \"{c.ScriptScore}\", items = {RVector(c.Items)}, reverse = {RVector(c.ReverseKeyed)}, weights " +
            $"= c({Weights(c)}), " +
            $"points = {c.ScalePoints}, min_answered = {c.MinAnswered})")));
        s.Append(")\n");
        s.Append("variable_labels <- list(\n");
        s.Append(string.Join(",\n", codebook.Tables.Select(t => $"  {t.Name} = c(\n" +
            string.Join(",\n", t.Variables.Select(v => $"    {v.Name} = {RString(v.Label)}")) + ")")));
        s.Append(")\nvalue_labels <- list(\n");
        s.Append(string.Join(",\n", codebook.Tables[0].Variables.Where(v => v.ValueLabels is not null).Select(v =>
            $"  {v.Name} = c({string.Join(", ", v.ValueLabels!.Select(l => $"{RString(l.Value)} = {l.Key}"))})")));
        s.Append(")\n");
        s.Append("""
            read_table <- function(name) read.csv(file.path(bundle, paste0(name, ".csv")), stringsAsFactors = FALSE,
                                                  check.names = FALSE, na.strings = "")
            responses <- read_table("responses")
            firms <- read_table("firms")
            items <- unique(unlist(lapply(constructs, function(k) k$items)))
            for (v in items) responses[[v]][responses[[v]] %in% missing_codes] <- NA
            # Labels as attributes ("label", "labels": what haven and labelled read); haven's class where it is installed.
            label_table <- function(d, labels) {
              for (v in intersect(names(labels), names(d))) attr(d[[v]], "label") <- labels[[v]]
              for (v in intersect(names(value_labels), names(d))) {
                attr(d[[v]], "labels") <- value_labels[[v]]
                if (requireNamespace("haven", quietly = TRUE))
                  d[[v]] <- haven::labelled(as.numeric(d[[v]]), value_labels[[v]], attr(d[[v]], "label"))
              }
              d
            }
            responses <- label_table(responses, variable_labels$responses)
            firms <- label_table(firms, variable_labels$firms)
            keyed <- function(k) ifelse(k$items %in% k$reverse, paste0(k$items, "_r"), k$items)
            for (k in constructs) for (v in k$reverse) responses[[paste0(v, "_r")]] <- k$points + 1 - responses[[v]]
            # Each construct (or each definition of a changed one) scores the rows of its own instrument versions.
            for (name in names(constructs)) {
              k <- constructs[[name]]
              rows <- responses$instrument_version %in% k$versions
              x <- as.matrix(responses[rows, keyed(k), drop = FALSE])
              w <- matrix(k$weights, nrow(x), ncol(x), byrow = TRUE)
              answered <- !is.na(x)
              if (k$rule == "count") {
                score <- 100 * rowSums(x >= k$threshold, na.rm = TRUE) / ncol(x)
              } else {
                m <- rowSums(x * w, na.rm = TRUE) / rowSums(answered * w)
                score <- (m - 1) / (k$points - 1) * 100
              }
              score[rowSums(answered) < k$min_answered] <- NA
              if (is.null(responses[[k$score]])) responses[[k$score]] <- NA_real_
              responses[[k$score]][rows] <- score
            }
            cronbach_alpha <- function(x) {
              x <- x[complete.cases(x), , drop = FALSE]
              n <- ncol(x)
              n / (n - 1) * (1 - sum(apply(x, 2, var)) / var(rowSums(x)))
            }
            # Alpha for scales only: an index's items need not correlate (formative or count), so it has none.
            for (name in names(constructs)) {
              k <- constructs[[name]]
              if (k$kind != "scale" || length(k$items) < 2) next
              x <- as.matrix(responses[responses$instrument_version %in% k$versions, keyed(k), drop = FALSE])
              cat(sprintf("alpha %s %.12f %d\n", name, cronbach_alpha(x), sum(complete.cases(x))))
            }

            """);
        return s.ToString();
    }

    public static string Python(Codebook codebook)
    {
        var s =
            new StringBuilder($"# Release {codebook.Release}: python3 release.py /path/to/release   (needs pandas)\n");
        s.Append("# or in Python: import runpy; release = runpy.run_path('/path/to/release/release.py')\n");
        s.Append("import os, sys\nimport pandas as pd\n\n");
        s.Append("BUNDLE = (sys.argv[1] if len(sys.argv) > 1 and __name__ == '__main__'\n");
        s.Append("          else os.path.dirname(os.path.abspath(__file__)))\n");
        s.Append($"MISSING_CODES = [{string.Join(", ", codebook.MissingCodes.Keys)}]  # {Comment(codebook)}\n");
        s.Append("CONSTRUCTS = {\n");
        foreach (var c in codebook.Constructs)
            s.Append($"    '{c.Name}': dict(key='{c.Key}', versions=[{string.Join(", ", c.Versions)}], " +
                $"kind='{c.Kind}', " +
                $"rule='{Rule(c)}', threshold={c.Threshold?.ToString(CultureInfo.InvariantCulture) ?? "None"}, " +
                $"score='{c.ScriptScore}', " +
                $"items={PyList(c.Items)}, reverse={PyList(c.ReverseKeyed)}, weights=[{Weights(c)}], " +
                $"points={c.ScalePoints}, min_answered={c.MinAnswered}),\n");
        s.Append("}\n");
        s.Append("VARIABLE_LABELS = {\n");
        foreach (var v in codebook.Tables.SelectMany(t => t.Variables).DistinctBy(v => v.Name))
            s.Append($"    '{v.Name}': {PyString(v.Label)},\n");
        s.Append("}\nVALUE_LABELS = {\n");
        foreach (var v in codebook.Tables[0].Variables.Where(v => v.ValueLabels is not null))
            s.Append($"    '{v.Name}': " +
                $"{{{string.Join(", ", v.ValueLabels!.Select(l => $"{l.Key}: {PyString(l.Value)}"))}}},\n");
        s.Append("}\n");
        s.Append("""
            ITEMS = sorted({v for k in CONSTRUCTS.values() for v in k['items']})
            # Only the missing codes (items) and empty cells (scores, strings) are missing: "NA" is a country, not a gap.
            NA_VALUES = {v: [''] for v in VARIABLE_LABELS}
            NA_VALUES.update({v: MISSING_CODES for v in ITEMS})
            responses = pd.read_csv(os.path.join(BUNDLE, 'responses.csv'), na_values=NA_VALUES,
                                    keep_default_na=False, dtype={v: 'float64' for v in ITEMS})
            firms = pd.read_csv(os.path.join(BUNDLE, 'firms.csv'), keep_default_na=False, na_values=[''])
            for table in (responses, firms):
                table.attrs['variable_labels'] = {v: VARIABLE_LABELS[v] for v in table.columns if v in VARIABLE_LABELS}
                table.attrs['value_labels'] = {v: VALUE_LABELS[v] for v in table.columns if v in VALUE_LABELS}


            def keyed(k):
                return [v + '_r' if v in k['reverse'] else v for v in k['items']]


            for k in CONSTRUCTS.values():
                for v in k['reverse']:
                    responses[v + '_r'] = k['points'] + 1 - responses[v]
            # Each construct (or each definition of a changed one) scores the rows of its own instrument versions.
            for name, k in CONSTRUCTS.items():
                rows = responses['instrument_version'].isin(k['versions'])
                x = responses.loc[rows, keyed(k)]
                w = pd.Series(k['weights'], index=x.columns)
                answered = x.notna()
                if k['rule'] == 'count':
                    score = 100 * (x >= k['threshold']).sum(axis=1) / x.shape[1]
                else:
                    mean = (x * w).sum(axis=1) / (answered * w).sum(axis=1)
                    score = (mean - 1) / (k['points'] - 1) * 100
                if k['score'] not in responses:
                    responses[k['score']] = float('nan')
                responses.loc[rows, k['score']] = score.where(answered.sum(axis=1) >= k['min_answered'])


            def cronbach_alpha(x):
                x = x.dropna()
                n = x.shape[1]
                return n / (n - 1) * (1 - x.var(ddof=1).sum() / x.sum(axis=1).var(ddof=1)), len(x)


            # Alpha for scales only: an index's items need not correlate (formative or count), so it has none.
            if __name__ == '__main__':
                for name, k in CONSTRUCTS.items():
                    if k['kind'] == 'scale' and len(k['items']) >= 2:
                        rows = responses['instrument_version'].isin(k['versions'])
                        alpha, n = cronbach_alpha(responses.loc[rows, keyed(k)])
                        print(f'alpha {name} {alpha:.12f} {n}')

            """);
        return s.ToString();
    }

    /// <summary>
    /// How the scripts score a construct: "count" (a count index) or "mean" (a scale or a mean index).
    /// </summary>
    private static string Rule(CodebookConstruct c) => c.Threshold is null ? "mean" : "count";

    private static string Comment(Codebook codebook) =>
        string.Join(", ", codebook.MissingCodes.Select(c => $"{c.Key} {c.Value}"));

    private static string Weights(CodebookConstruct c) => string.Join(", ", c.Items.Select(i => Number(c.Weights[i])));

    private static string RVector(IReadOnlyList<string> names) =>
        names.Count == 0 ? "character(0)" : $"c({string.Join(", ", names.Select(n => $"\"{n}\""))})";

    private static string PyList(IReadOnlyList<string> names) => $"[{string.Join(", ", names.Select(n => $"'{n}'"))}]";

    private static string RString(string text) =>
        "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", " ") + "\"";

    private static string PyString(string text) =>
        "'" + text.Replace("\\", "\\\\").Replace("'", "\\'").Replace("\n", " ") + "'";

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
