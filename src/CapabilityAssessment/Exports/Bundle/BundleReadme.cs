using System.Text;

namespace CapabilityAssessment.Exports.Bundle;

/// <summary>
/// README.md of a bundle: what is in it, how to load it, how to cite it, its licence and whom to contact.
/// </summary>
internal static class BundleReadme
{
    public static string For(Codebook codebook, ReleaseTerms terms)
    {
        var s = new StringBuilder($"# Dataset release {codebook.Release}\n\n");
        s.Append("Anonymised responses and firm scores of closed capability assessments.\n\n## Contents\n\n");
        foreach (var t in codebook.Tables)
            s.Append($"- `{t.Name}.csv`, `{t.Name}.parquet`: {t.Description} {t.Rows} rows, {t.Variables.Count} " +
                "variables. " +
                $"`{t.Name}.sps`: SPSS/PSPP syntax that reads it with labels and missing values.\n");
        s.Append("""
            - `codebook.json` (machine), `codebook.md` (people), `codebook.xml` (DDI-Codebook 2.5): constructs with their kind
              (scale or index), referent (self or firm), facets, items, reverse-keyed items and scoring rule (one entry per
              definition where the instrument versions differ); every variable with its construct's metadata; every
              quasi-identifier's hierarchy and what `*`, `unknown` and ranges mean.
            - `release.R` (base R), `release.py` (pandas): read both tables with missing codes as missing, recode reverse-keyed
              items into `*_r`, compute scores `sc_*` and print Cronbach's alpha per scale (an index has none).
              `responses.sps` does the same in SPSS or PSPP.
            - `disclosure.json`: what was generalised and suppressed for k-anonymity, and what it cost.
            - `manifest.json`: the SHA-256 of every file.

            ## Loading

            - PSPP/SPSS: set the folder on the `CD` line at the top of `responses.sps`, then `pspp responses.sps`
            - R: `Rscript release.R /path/to/release` (or `bundle <- "/path/to/release"; source(file.path(bundle, "release.R"))`)
            - pandas: `python3 release.py /path/to/release` (or `release = runpy.run_path("/path/to/release/release.py")`)

            ## Missing values and precision

            """);
        s.Append("Item answers are 1..points; " +
            $"{string.Join(", ", codebook.MissingCodes.Select(c => $"{c.Key} = {c.Value}"))}. ");
        s.Append("The CSV keeps these codes (the scripts declare them); the Parquet files hold nulls instead, and " +
            "each item ");
        s.Append("column's metadata (`missing_codes`) names the codes. An empty score is missing. " +
            $"{codebook.Precision}\n\n");
        s.Append("Firms are linked to their responses by `assessment_id`, a pseudonym valid only within this " +
            "release. Repeated ");
        s.Append("assessments of one firm share `firm_pseudonym` (also valid only within this release) and are " +
            "ordered by ");
        s.Append("`assessment_order` (T0, T1, ...). A firm is released with all its assessments in the window or " +
            "not at all ");
        s.Append("(k counts firms), so the order has no gaps; every response carries its `language`. Dates are ");
        s.Append("calendar months; the release window was widened to whole months.\n\n## Citation\n\n");
        s.Append(terms.Citation(codebook))
            .Append("\n\n## Licence\n\n")
            .Append(terms.Licence)
            .Append("\n\n## Contact\n\n");
        s.Append(terms.Contact).Append('\n');
        return s.ToString();
    }
}
