using CapabilityAssessment.Http;

namespace CapabilityAssessment.Assessments;

/// <summary>Firm-profile checks: ISO 3166-1 alpha-2 countries, NACE Rev. 2 sections, and plausible numbers.</summary>
internal static class FirmProfileRules
{
    // ISO 3166-1 alpha-2 officially assigned codes (249), as listed by the ISO 3166 Maintenance Agency.
    private static readonly HashSet<string> Countries =
        new(("AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL " +
        "BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ " +
        "EC EE EG EH ER " +
        "ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL " +
        "IM IN IO IQ IR " +
        "IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK " +
        "ML MM MN MO MP " +
        "MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW " +
        "PY QA RE RO RS " +
        "RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT " +
        "TV TW TZ UA UG " +
        "UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW").Split(' '));

    /// <summary>NACE Rev. 2 sections (Regulation (EC) No 1893/2006, Annex I).</summary>
    public static readonly IReadOnlyDictionary<string, string> NaceSections = new Dictionary<string, string>
    {
        ["A"] = "Agriculture, forestry and fishing", ["B"] = "Mining and quarrying", ["C"] = "Manufacturing",
        ["D"] = "Electricity, gas, steam and air conditioning supply",
        ["E"] = "Water supply; sewerage, waste management and remediation",
        ["F"] = "Construction", ["G"] = "Wholesale and retail trade; repair of motor vehicles and motorcycles",
        ["H"] = "Transportation and storage", ["I"] = "Accommodation and food service activities",
        ["J"] = "Information and communication", ["K"] = "Financial and insurance activities",
        ["L"] = "Real estate activities",
        ["M"] = "Professional, scientific and technical activities",
        ["N"] = "Administrative and support service activities",
        ["O"] = "Public administration and defence; compulsory social security", ["P"] = "Education",
        ["Q"] = "Human health and social work activities", ["R"] = "Arts, entertainment and recreation",
        ["S"] = "Other service activities", ["T"] = "Activities of households as employers",
        ["U"] = "Activities of extraterritorial organisations and bodies",
    };

    public static readonly IReadOnlyList<string> TurnoverBands = ["under_2m", "2m_10m", "10m_50m", "over_50m"];

    public static bool IsCountry(string code) => Countries.Contains(code);

    public static IReadOnlyList<Problem> Check(FirmProfile firm, DateTimeOffset now, string prefix = "firm")
    {
        var problems = new List<Problem>();
        void Fail(string code, string field, string message) =>
            problems.Add(new Problem(code, $"{prefix}.{field}", message));

        if (string.IsNullOrWhiteSpace(firm.Name) || firm.Name.Length > 200 || firm.Name.Any(char.IsControl))
            Fail(AssessmentCodes.InvalidFirmName, "name",
                "The firm's name is required, at most 200 characters, without control characters (such as NUL or " +
                "line breaks).");
        if (!Countries.Contains(firm.Country))
            Fail(AssessmentCodes.UnknownCountry, "country",
                $"'{firm.Country}' is not an ISO 3166-1 alpha-2 country code (for example FI, SE, DE).");
        if (!NaceSections.ContainsKey(firm.Industry))
            Fail(AssessmentCodes.UnknownIndustry, "industry",
                $"'{firm.Industry}' is not a NACE Rev. 2 section (a letter from A to U; C is manufacturing).");
        if (firm.Employees is < 0 or > 10_000_000)
            Fail(AssessmentCodes.OutOfRange, "employees", "The number of employees must be between 0 and 10,000,000.");
        if (firm.TurnoverBand is { } band && !TurnoverBands.Contains(band))
            Fail(AssessmentCodes.UnknownTurnoverBand, "turnoverBand",
                $"The turnover band must be one of {string.Join(", ", TurnoverBands)}.");
        if (firm.FoundingYear is { } year && (year < 1800 || year > now.Year))
            Fail(AssessmentCodes.OutOfRange, "foundingYear", $"The founding year must be between 1800 and {now.Year}.");
        if (firm.ForeignTurnoverShare is < 0 or > 100)
            Fail(AssessmentCodes.OutOfRange, "foreignTurnoverShare",
                "The share of turnover from abroad is a percentage from 0 to 100.");
        if (firm.UpstreamPartners is < 0 or > 100_000)
            Fail(AssessmentCodes.OutOfRange, "upstreamPartners",
                "The number of upstream partners must be between 0 and 100,000.");
        if (firm.DownstreamPartners is < 0 or > 100_000)
            Fail(AssessmentCodes.OutOfRange, "downstreamPartners",
                "The number of downstream partners must be between 0 and 100,000.");
        return problems;
    }
}
