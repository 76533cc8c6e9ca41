using CapabilityAssessment.Scoring;

namespace CapabilityAssessment.Reports;

/// <summary>
/// The report's words about the managers' own scores, in English and Finnish; kept apart from ReportStrings so these
/// sections stay in their own files.
/// </summary>
internal static class MeasurementStrings
{
    private static readonly Dictionary<string, (string En, string Fi)> Table = new()
    {
        ["own_scores"] = ("Range of the managers' own scores: {0}–{1} ({2} managers). Each rates themself here, so they may rightly differ; this is not a measure of agreement.",
            "Johtajien omien tulosten vaihteluväli: {0}–{1} ({2} johtajaa). Kukin arvioi tässä itseään, joten tulokset voivat perustellusti erota; kyse ei ole yksimielisyyden mittarista."),
    };

    public static string Get(string language, string key) => language == "fi" ? Table[key].Fi : Table[key].En;

    public static string Format(string language, string key, params object[] args) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Get(language, key), args);

    public static string OwnScores(string language, ProfileRange? range) => range is null ? "" : Format(language, "own_scores",
        Whole(language, range.Lowest), Whole(language, range.Highest), range.Managers);

    public static string Whole(string language, double value) =>
        ReportStrings.Number(language, Math.Round(value, MidpointRounding.AwayFromZero), "0");
}
