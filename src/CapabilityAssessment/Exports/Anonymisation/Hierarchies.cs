namespace CapabilityAssessment.Exports.Anonymisation;

/// <summary>
/// A generalisation hierarchy for one quasi-identifier (Sweeney 2002; Samarati 2001): level 0 is the value itself, each
/// level above is coarser, and the top level is "*" (suppressed attribute). A missing value is "unknown" below the top.
/// A hierarchy of one level cannot be generalised: its value is released as it is, so it splits every class.
/// </summary>
internal sealed record Hierarchy(string Name, string Label, IReadOnlyList<string> LevelNames,
    Func<string, int, string> Up)
{
    public const string Top = "*";
    public const string Unknown = "unknown";

    /// <summary>The highest level (all values "*").</summary>
    public int Height => LevelNames.Count - 1;

    public string Generalise(string? value, int level) =>
        Height == 0 ? (value is null or "" ? Unknown : value)
        : level >= Height ? Top : value is null or "" ? Unknown : level == 0 ? value : value == Unknown ? Unknown
            : Up(value, level);
}

/// <summary>The declared hierarchies of the eight quasi-identifiers, in the order records carry them.</summary>
internal static class QuasiIdentifiers
{
    public static readonly Hierarchy Country = new("country", "Country of the firm",
        ["ISO 3166-1 alpha-2 code", "region", "all"], (v, _) => Regions.Of(v));

    /// <summary>
    /// NACE Rev. 2 sections up to Eurostat's A*10 aggregation (B-E, G-I, M-N, O-Q, R-U; A, F, J, K, L alone).
    /// </summary>
    public static readonly Hierarchy Industry = new("industry", "Industry of the firm (NACE Rev. 2)",
        ["NACE section", "NACE A*10 group", "all"], (v, _) => v switch
        {
            "B" or "C" or "D" or "E" => "B-E",
            "G" or "H" or "I" => "G-I",
            "M" or "N" => "M-N",
            "O" or "P" or "Q" => "O-Q",
            "R" or "S" or "T" or "U" => "R-U",
            _ => v,
        });

    /// <summary>
    /// EU size classes by headcount (Recommendation 2003/361/EC), then SME (micro, small, medium) or large.
    /// </summary>
    public static readonly Hierarchy Size = new("size_class", "Size class of the firm (EU, headcount)",
        ["micro/small/medium/large", "SME/large", "all"], (v, _) => v == "large" ? "large" : "SME");

    public static readonly Hierarchy Age = new("age_class", "Age class of the firm (years since founding)",
        ["age class", "all"], (v, _) => v);

    public static readonly Hierarchy Turnover = new("turnover_band", "Annual turnover band of the firm (EUR)",
        ["turnover band", "all"], (v, _) => v);

    /// <summary>
    /// The roles of the submitted respondents, sorted, one per respondent ("management_team+managing_director"). Not
    /// generalisable: the responses table shows every respondent's row and role (and the items a role is not asked show
    /// which), so the number and roles of respondents are known of every firm and must
    /// be part of every class (issue #16).
    /// </summary>
    public static readonly Hierarchy Roles = new("respondent_roles",
        "Roles of the submitted respondents (sorted, one per respondent)",
        ["roles of the respondents"], (v, _) => v);

    /// <summary>
    /// The language the assessment was answered in (ISO 639-1), on every response row: measurement invariance across
    /// languages needs it, and it narrows a firm down much as country does, so it is a quasi-identifier (issue #16).
    /// </summary>
    public static readonly Hierarchy Language = new("language", "Language the assessment was answered in (ISO 639-1)",
        ["language code", "all"], (v, _) => v);

    /// <summary>
    /// How many of the firm's assessments the release's window holds. Not generalisable: the firm pseudonym links them,
    /// so anyone can count a firm's rows, and anyone who knows a firm was assessed twice looks only at firms with two.
    /// </summary>
    public static readonly Hierarchy Assessments = new("firm_assessments",
        "Number of the firm's assessments in the release window",
        ["number of assessments"], (v, _) => v);

    public static readonly IReadOnlyList<Hierarchy> All =
        [Country, Industry, Size, Age, Turnover, Roles, Language, Assessments];

    /// <summary>The role set as it is counted and released: sorted ordinally, joined by '+'.</summary>
    public static string RoleSet(IReadOnlyList<string> roles)
    {
        if (roles.Count == 1) return roles[0];
        var sorted = roles.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return string.Join('+', sorted);
    }

    public static int IndexOf(Hierarchy h) => All.ToList().IndexOf(h);

    public static Hierarchy? Find(string name) => All.FirstOrDefault(h => h.Name == name);
}

/// <summary>
/// Country to region: the Nordic and Baltic states, then European regions after the
/// UN M49 geoscheme; "other" elsewhere.
/// </summary>
internal static class Regions
{
    private static readonly Dictionary<string, string> Map = Build(
        ("Nordic", "DK FI IS NO SE FO AX GL SJ"),
        ("Baltic", "EE LV LT"),
        ("Western Europe", "AT BE CH DE FR LI LU MC NL GB IE IM JE GG"),
        ("Southern Europe", "AD CY ES GI GR IT MT PT SM VA"),
        ("Central and Eastern Europe", "BG CZ HU PL RO SK SI HR BA ME MK RS AL MD UA BY RU XK"));

    public static string Of(string country) => Map.GetValueOrDefault(country, "other");

    private static Dictionary<string, string> Build(params (string Region, string Countries)[] regions) =>
        regions.SelectMany(r => r.Countries.Split(' ').Select(c => (c, r.Region)))
            .ToDictionary(x => x.c, x => x.Region);
}
