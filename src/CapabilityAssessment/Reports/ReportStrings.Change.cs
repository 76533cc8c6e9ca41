using CapabilityAssessment.Scoring;

namespace CapabilityAssessment.Reports;

internal static partial class ReportStrings
{
    /// <summary>The managers' own scores and change since the last assessment (issue #18).</summary>
    private static Dictionary<string, (string En, string Fi)> Change() => new()
    {
        ["own_scores"] = ("Range of the managers' own scores: {0}–{1} ({2} managers). Each rates themself here, so " +
            "they may rightly differ; this is not a measure of agreement.",
            "Johtajien omien tulosten vaihteluväli: {0}–{1} ({2} johtajaa). Kukin arvioi tässä itseään, joten " +
            "tulokset voivat perustellusti erota; kyse ei ole yksimielisyyden mittarista."),
        ["change_title"] = ("Since your last assessment", "Edellisen arvioinnin jälkeen"),
        ["change_intro"] = ("Compared with your assessment scored {0} (questionnaire version {1}). A change is " +
            "called real only when it is larger than the questionnaire's own measurement error would make likely: " +
            "its reliable change index (Jacobson & Truax 1991) is beyond ±1.96.",
            "Verrattuna arviointiinne, joka pisteytettiin {0} (kyselylomakkeen versio {1}). Muutosta kutsutaan " +
            "todelliseksi vain, kun se on suurempi kuin kyselyn oma mittausvirhe tekisi todennäköiseksi: sen " +
            "luotettavan muutoksen indeksi (Jacobson & Truax 1991) ylittää ±1,96."),
        ["change_caption"] = ("Change by capability area (0–100)", "Muutos osa-alueittain (0–100)"),
        ["change_area"] = ("Capability area", "Osa-alue"),
        ["change_then"] = ("Then", "Silloin"),
        ["change_now"] = ("Now", "Nyt"),
        ["change_delta"] = ("Change", "Muutos"),
        ["change_rci"] = ("Index", "Indeksi"),
        ["change_verdict"] = ("Real change?", "Todellinen muutos?"),
        ["change_up"] = ("Real change: higher", "Todellinen muutos: korkeampi"),
        ["change_down"] = ("Real change: lower", "Todellinen muutos: matalampi"),
        ["change_within"] = ("Within measurement error", "Mittausvirheen rajoissa"),
        ["change_NO_MEASUREMENT_ERROR"] = ("Cannot be judged yet: too few answers to estimate the measurement error",
            "Ei vielä arvioitavissa: liian vähän vastauksia mittausvirheen arvioimiseen"),
        ["change_INDEX_NOT_A_SCALE"] = ("A count, not a scale: no measurement error to judge it by",
            "Lukumäärä eikä asteikko: ei mittausvirhettä, jolla sitä arvioida"),
        ["change_NOT_COMPARABLE"] = ("Not comparable: the questions changed between versions",
            "Ei vertailukelpoinen: kysymykset muuttuivat versioiden välillä"),
        ["change_NO_SCORE"] = ("Not scored in both assessments", "Ei pisteytetty molemmissa arvioinneissa"),
        ["change_unjudged"] = ("Where the measurement error cannot be estimated yet, the change is shown but not " +
            "judged: it may be real or noise.",
            "Kun mittausvirhettä ei vielä voida arvioida, muutos näytetään mutta sitä ei arvioida: se voi olla " +
            "todellinen tai satunnaista vaihtelua."),
        ["follow_up_title"] = ("Assess again", "Arvioi uudelleen"),
        ["follow_up_text"] = ("Start a follow-up assessment of the same firm. When it closes, its report shows what " +
            "changed since this one.",
            "Aloita saman yrityksen seuranta-arviointi. Kun se suljetaan, sen raportti näyttää, mikä on " +
            "muuttunut tämän jälkeen."),
        ["follow_up_button"] = ("Start a follow-up assessment", "Aloita seuranta-arviointi"),
        ["follow_up_forbidden_title"] = ("Only the firm's contact can do this",
            "Vain yrityksen yhteyshenkilö voi tehdä tämän"),
        ["follow_up_forbidden"] = ("A follow-up assessment is started by the person who started this one, from their " +
            "own link.",
            "Seuranta-arvioinnin aloittaa henkilö, joka aloitti tämän arvioinnin, omalla linkillään."),
        ["follow_up_failed_title"] = ("The follow-up could not be started", "Seuranta-arviointia ei voitu aloittaa"),
        ["follow_up_failed"] = ("The follow-up assessment could not be started just now. Try again later.",
            "Seuranta-arviointia ei juuri nyt voitu aloittaa. Yritä myöhemmin uudelleen."),
    };

    public static string OwnScores(string language, ProfileRange? range) =>
        range is null ? "" : Format(language, "own_scores", Whole(language, range.Lowest),
        Whole(language, range.Highest), range.Managers);

    public static string Whole(string language, double value) =>
        Number(language, Math.Round(value, MidpointRounding.AwayFromZero), "0");
}
