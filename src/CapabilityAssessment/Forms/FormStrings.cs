namespace CapabilityAssessment.Forms;

/// <summary>
/// Every UI string of the form in English and Finnish; templates read them as t.key (a missing key fails rendering).
/// One table, written in one file per concern: answering (here), the firm profile (FormStrings.Firm.cs), the owner's
/// team page (FormStrings.Team.cs), the front door (FormStrings.FrontDoor.cs) and message pages
/// (FormStrings.Messages.cs). A key defined twice fails at start-up.
/// </summary>
internal static partial class FormStrings
{
    public static readonly IReadOnlyList<string> Languages = ["en", "fi"];

    // Methods, not fields, for the parts: static field initialisers of a partial class run in no defined file order.
    private static readonly Dictionary<string, (string En, string Fi)> Table =
        new[] { Answering(), Firm(), Team(), FrontDoor(), Messages() }.SelectMany(part => part)
            .ToDictionary(e => e.Key, e => e.Value);

    private static Dictionary<string, (string En, string Fi)> Answering() => new()
    {
        ["app"] = ("Capability assessment", "Kyvykkyysarvio"),
        ["skip"] = ("Skip to main content", "Siirry pääsisältöön"),
        ["progress"] = ("Your progress", "Edistymisesi"),
        ["overall"] = ("All questions", "Kaikki kysymykset"),
        ["of"] = ("of", "/"),
        ["answered"] = ("answered", "vastattu"),
        ["complete"] = ("complete", "valmis"),
        ["current"] = ("current page", "nykyinen sivu"),
        ["overview"] = ("Overview", "Yleiskatsaus"),
        ["firm_profile"] = ("Firm profile", "Yrityksen tiedot"),
        ["review"] = ("Review and submit", "Tarkista ja lähetä"),
        ["continue"] = ("Continue", "Jatka"),
        ["save_continue"] = ("Save and continue", "Tallenna ja jatka"),
        ["back"] = ("Back", "Takaisin"),
        ["your_answers"] = ("Your answers", "Vastauksesi"),
        ["change"] = ("Change", "Muuta"),
        ["save_back"] = ("Save and go back", "Tallenna ja palaa"),
        ["submit"] = ("Submit my answers", "Lähetä vastaukseni"),
        ["errors_title"] = ("There is a problem", "Tarkista seuraavat kohdat"),
        ["error_prefix"] = ("Error:", "Virhe:"),
        ["saved"] = ("Saved", "Tallennettu"),
        ["saving"] = ("Saving…", "Tallennetaan…"),
        ["save_failed"] = ("Not saved. Check your connection; your answers will be saved when you continue.",
            "Ei tallennettu. Tarkista yhteys; vastauksesi tallentuvat, kun jatkat."),
        ["autosave_note"] = ("Your answers are saved when you continue or leave this page by any of its buttons. You " +
            "can stop and come back later with the same link.",
            "Vastauksesi tallentuvat, kun jatkat tai poistut sivulta sen painikkeilla. Voit keskeyttää ja palata " +
            "myöhemmin samalla linkillä."),
        ["autosave_on"] = ("Autosave is on: each answer is saved as you choose it.",
            "Automaattinen tallennus on päällä: jokainen vastaus tallentuu heti."),
        ["autosave_conflict"] = ("Someone else changed one of these answers after you opened the page. Reload the " +
            "page to see the newer answer, then choose again.",
            "Joku muu muutti jotakin näistä vastauksista sen jälkeen, kun avasit sivun. Lataa sivu uudelleen " +
            "nähdäksesi uudemman vastauksen ja valitse sitten uudelleen."),
        ["role"] = ("You answer as", "Vastaat roolissa"),
        ["modules"] = ("Sections", "Osiot"),
        ["optional"] = ("optional", "valinnainen"),
        ["choose"] = ("Choose…", "Valitse…"),
        ["review_intro"] = ("These questions have no answer yet. Answer them, or choose \"don't know\".",
            "Näihin kysymyksiin ei ole vielä vastattu. Vastaa niihin tai valitse \"en osaa sanoa\"."),
        ["review_complete"] = ("Every question has an answer. Once you submit, your answers can no longer be changed.",
            "Kaikkiin kysymyksiin on vastattu. Lähettämisen jälkeen vastauksia ei voi enää muuttaa."),
        ["missing_answers"] = ("{0} questions have no answer yet.", "{0} kysymykseen ei ole vielä vastattu."),
        ["done_title"] = ("Thank you", "Kiitos"),
        ["done"] = ("Your answers have been submitted.", "Vastauksesi on lähetetty."),
        ["submitted"] = ("Your answers have already been submitted and can no longer be changed.",
            "Vastauksesi on jo lähetetty, eikä niitä voi enää muuttaa."),
        ["closed"] = ("This assessment is closed and can no longer be changed.",
            "Arviointi on suljettu, eikä sitä voi enää muuttaa."),
        ["closed_title"] = ("The report is ready", "Raportti on valmis"),
        ["closed_done"] = ("The assessment is closed and the firm's report is ready.",
            "Arviointi on suljettu, ja yrityksen raportti on valmis."),
        ["read_report"] = ("Read the report", "Lue raportti"),
        ["done_next"] = ("{0} of {1} respondents have submitted so far. The assessment closes when everyone has " +
            "submitted, or earlier when the person who started it closes it; then this link leads to the report.",
            "Tähän mennessä {0}/{1} vastaajaa on lähettänyt vastauksensa. Arviointi sulkeutuu, kun kaikki ovat " +
            "vastanneet, tai aiemmin, jos sen aloittaja sulkee sen; sen jälkeen tämä linkki vie raporttiin."),
        ["done_next_owner"] = ("{0} of {1} respondents have submitted so far. Close the assessment from your team " +
            "page when enough have answered; it also closes by itself once everyone has submitted.",
            "Tähän mennessä {0}/{1} vastaajaa on lähettänyt vastauksensa. Sulje arviointi tiimisivultasi, kun " +
            "riittävän moni on vastannut; se sulkeutuu myös itsestään, kun kaikki ovat vastanneet."),
    };

    public static string Normalize(string? language) => language is "fi" ? "fi" : "en";

    public static string Get(string language, string key) =>
        Normalize(language) == "fi" ? Table[key].Fi : Table[key].En;

    public static IEnumerable<KeyValuePair<string, string>> For(string language) =>
        Table.Select(e => KeyValuePair.Create(e.Key, Normalize(language) == "fi" ? e.Value.Fi : e.Value.En));
}
