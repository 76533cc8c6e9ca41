namespace CapabilityAssessment.Forms;

/// <summary>Every UI string of the form in English and Finnish; templates read them as t.key (a missing key fails rendering).</summary>
internal static class FormStrings
{
    public static readonly IReadOnlyList<string> Languages = ["en", "fi"];

    private static readonly Dictionary<string, (string En, string Fi)> Table = new()
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
        ["submit"] = ("Submit my answers", "Lähetä vastaukseni"),
        ["errors_title"] = ("There is a problem", "Tarkista seuraavat kohdat"),
        ["error_prefix"] = ("Error:", "Virhe:"),
        ["saved"] = ("Saved", "Tallennettu"),
        ["saving"] = ("Saving…", "Tallennetaan…"),
        ["save_failed"] = ("Not saved. Check your connection; your answers will be saved when you continue.",
            "Ei tallennettu. Tarkista yhteys; vastauksesi tallentuvat, kun jatkat."),
        ["autosave_note"] = ("Answers are saved as you go. You can leave and come back with the same link.",
            "Vastaukset tallentuvat sitä mukaa kun vastaat. Voit palata myöhemmin samalla linkillä."),
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
        ["closed"] = ("This assessment is closed and can no longer be changed.", "Arviointi on suljettu, eikä sitä voi enää muuttaa."),
        ["not_found_title"] = ("Link not valid", "Linkki ei kelpaa"),
        ["not_found"] = ("This link is not valid. Check that you copied the whole link, or ask the person who sent it for a new one.",
            "Linkki ei kelpaa. Tarkista, että kopioit koko linkin, tai pyydä lähettäjältä uusi linkki."),
        ["bad_request_title"] = ("The page had expired", "Sivu oli vanhentunut"),
        ["bad_request"] = ("The form could not be accepted because its security check failed. Go back, reload the page and try again.",
            "Lomaketta ei voitu vastaanottaa, koska sen turvatarkistus epäonnistui. Palaa takaisin, lataa sivu uudelleen ja yritä uudestaan."),
        ["error_code"] = ("Error code", "Virhekoodi"),
        ["rate_limited_title"] = ("Too many requests", "Liian monta pyyntöä"),
        ["rate_limited"] = ("This link was used too often in a short time. Wait a minute and try again; your saved answers are kept.",
            "Linkkiä käytettiin liian usein lyhyessä ajassa. Odota hetki ja yritä uudelleen; tallennetut vastauksesi säilyvät."),
        ["too_large_title"] = ("The form was too large", "Lomake oli liian suuri"),
        ["too_large"] = ("The form could not be accepted because it was too large. Go back, reload the page and try again.",
            "Lomaketta ei voitu vastaanottaa, koska se oli liian suuri. Palaa takaisin, lataa sivu uudelleen ja yritä uudestaan."),
        ["error_title"] = ("Something went wrong", "Jotain meni vikaan"),
        ["error"] = ("The request could not be handled. Go back, reload the page and try again.",
            "Pyyntöä ei voitu käsitellä. Palaa takaisin, lataa sivu uudelleen ja yritä uudestaan."),
        ["not_a_choice"] = ("Choose one of the options for this question.", "Valitse jokin tämän kysymyksen vaihtoehdoista."),
        ["conflict"] = ("This answer was changed elsewhere to \"{0}\" after you opened the page. It is shown now: choose again and save to confirm.",
            "Tätä vastausta muutettiin muualla (\"{0}\") sen jälkeen, kun avasit sivun. Se näkyy nyt valittuna: valitse uudelleen ja tallenna vahvistaaksesi."),
        ["no_answer"] = ("no answer", "ei vastausta"),
        ["not_number"] = ("Enter a whole number, for example 25.", "Anna kokonaisluku, esimerkiksi 25."),
        ["firm_name"] = ("Firm name", "Yrityksen nimi"),
        ["country"] = ("Country", "Maa"),
        ["industry"] = ("Industry (NACE section)", "Toimiala (TOL-pääluokka)"),
        ["employees"] = ("Number of employees", "Henkilöstön määrä"),
        ["turnover_band"] = ("Annual turnover", "Vuotuinen liikevaihto"),
        ["founding_year"] = ("Year founded", "Perustamisvuosi"),
        ["foreign_turnover_share"] = ("Share of turnover from abroad (%)", "Ulkomaan liikevaihdon osuus (%)"),
        ["foreign_hint"] = ("A percentage from 0 to 100.", "Prosenttiluku 0–100."),
        ["upstream_partners"] = ("Upstream partners", "Toimittajapuolen kumppanit"),
        ["upstream_hint"] = ("Technology, hardware and R&D partners.", "Teknologia-, laite- ja tuotekehityskumppanit."),
        ["downstream_partners"] = ("Downstream partners", "Asiakaspuolen kumppanit"),
        ["downstream_hint"] = ("Distributors, sales partners and key customers.", "Jakelijat, myyntikumppanit ja avainasiakkaat."),
        ["band_under_2m"] = ("Under EUR 2 million", "Alle 2 miljoonaa euroa"),
        ["band_2m_10m"] = ("EUR 2–10 million", "2–10 miljoonaa euroa"),
        ["band_10m_50m"] = ("EUR 10–50 million", "10–50 miljoonaa euroa"),
        ["band_over_50m"] = ("Over EUR 50 million", "Yli 50 miljoonaa euroa"),
        ["question"] = ("Question", "Kysymys"),
    };

    public static string Normalize(string? language) => language is "fi" ? "fi" : "en";

    public static string Get(string language, string key) => Normalize(language) == "fi" ? Table[key].Fi : Table[key].En;

    public static IEnumerable<KeyValuePair<string, string>> For(string language) =>
        Table.Select(e => KeyValuePair.Create(e.Key, Normalize(language) == "fi" ? e.Value.Fi : e.Value.En));
}
