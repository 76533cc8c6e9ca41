namespace CapabilityAssessment.Forms;

/// <summary>
/// Every UI string of the form in English and Finnish; templates read them as t.key (a missing key fails rendering).
/// </summary>
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
        ["not_found_title"] = ("Link not valid", "Linkki ei kelpaa"),
        ["not_found"] = ("This link is not valid: it may be incomplete, or it was replaced or revoked. Check that " +
            "you copied the whole link, or ask the colleague who invited you (the person who started the assessment " +
            "for your firm) for a new one.",
            "Linkki ei kelpaa: se voi olla vajaa, tai se on korvattu tai peruttu. Tarkista, että kopioit koko " +
            "linkin, tai pyydä uusi linkki kollegalta, joka kutsui sinut (arvioinnin aloittaja yrityksessäsi)."),
        ["bad_request_title"] = ("The page had expired", "Sivu oli vanhentunut"),
        ["bad_request"] = ("The form could not be accepted because its security check failed. Go back, reload the " +
            "page and try again.",
            "Lomaketta ei voitu vastaanottaa, koska sen turvatarkistus epäonnistui. Palaa takaisin, lataa sivu " +
            "uudelleen ja yritä uudestaan."),
        ["error_code"] = ("Error code", "Virhekoodi"),
        ["rate_limited_title"] = ("Too many requests", "Liian monta pyyntöä"),
        ["rate_limited"] = ("This link was used too often in a short time. Wait a minute and try again; your saved " +
            "answers are kept.",
            "Linkkiä käytettiin liian usein lyhyessä ajassa. Odota hetki ja yritä uudelleen; tallennetut " +
            "vastauksesi säilyvät."),
        ["too_large_title"] = ("The form was too large", "Lomake oli liian suuri"),
        ["too_large"] = ("The form could not be accepted because it was too large. Go back, reload the page and try " +
            "again.",
            "Lomaketta ei voitu vastaanottaa, koska se oli liian suuri. Palaa takaisin, lataa sivu uudelleen ja " +
            "yritä uudestaan."),
        ["error_title"] = ("Something went wrong", "Jotain meni vikaan"),
        ["error"] = ("The request could not be handled. Go back, reload the page and try again.",
            "Pyyntöä ei voitu käsitellä. Palaa takaisin, lataa sivu uudelleen ja yritä uudestaan."),
        ["not_a_choice"] = ("Choose one of the options for this question.",
            "Valitse jokin tämän kysymyksen vaihtoehdoista."),
        ["conflict"] = ("This answer was changed elsewhere to \"{0}\" after you opened the page. It is shown now: " +
            "choose again and save to confirm.",
            "Tätä vastausta muutettiin muualla (\"{0}\") sen jälkeen, kun avasit sivun. Se näkyy nyt valittuna: " +
            "valitse uudelleen ja tallenna vahvistaaksesi."),
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
        ["downstream_hint"] = ("Distributors, sales partners and key customers.",
            "Jakelijat, myyntikumppanit ja avainasiakkaat."),
        ["band_under_2m"] = ("Under EUR 2 million", "Alle 2 miljoonaa euroa"),
        ["band_2m_10m"] = ("EUR 2–10 million", "2–10 miljoonaa euroa"),
        ["band_10m_50m"] = ("EUR 10–50 million", "10–50 miljoonaa euroa"),
        ["band_over_50m"] = ("Over EUR 50 million", "Yli 50 miljoonaa euroa"),
        ["question"] = ("Question", "Kysymys"),
        ["err_name"] = ("Firm name: enter the firm's name (at most 200 characters).",
            "Yrityksen nimi: anna yrityksen nimi (enintään 200 merkkiä)."),
        ["err_country"] = ("Country: choose the country of the firm's head office.",
            "Maa: valitse maa, jossa yrityksen pääkonttori on."),
        ["err_industry"] = ("Industry: choose the firm's main industry.", "Toimiala: valitse yrityksen päätoimiala."),
        ["err_turnover_band"] = ("Annual turnover: choose one of the bands.",
            "Vuotuinen liikevaihto: valitse jokin vaihtoehdoista."),
        ["err_employees"] = ("Number of employees: enter a whole number from 0 to 10,000,000.",
            "Henkilöstön määrä: anna kokonaisluku väliltä 0–10 000 000."),
        ["err_founding_year"] = ("Year founded: enter a year from 1800 to this year.",
            "Perustamisvuosi: anna vuosi väliltä 1800–kuluva vuosi."),
        ["err_foreign_share"] = ("Share of turnover from abroad: enter a percentage from 0 to 100.",
            "Ulkomaan liikevaihdon osuus: anna prosenttiluku 0–100."),
        ["err_partners"] = ("Partners: enter a whole number from 0 to 100,000.",
            "Kumppanit: anna kokonaisluku väliltä 0–100 000."),
        ["err_instrument"] = ("Questionnaire: choose one of the questionnaires.", "Kysely: valitse jokin kyselyistä."),
        ["err_language"] = ("Language: choose a language this questionnaire is available in.",
            "Kieli: valitse kieli, jolla kysely on saatavilla."),
        ["not_number_field"] = ("{0}: enter a whole number, for example 25.",
            "{0}: anna kokonaisluku, esimerkiksi 25."),
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
        ["team_intro"] = ("You started this assessment: invite colleagues, see who has answered, and close it when " +
            "enough have.",
            "Aloitit tämän arvioinnin: kutsu kollegat, seuraa kuka on vastannut ja sulje arviointi, kun " +
            "riittävän moni on vastannut."),
        ["team_link"] = ("Invite colleagues and see who has answered", "Kutsu kollegat ja katso, kuka on vastannut"),
        ["team"] = ("Your team", "Tiimisi"),
        ["owner_only"] = ("Only the person who started this assessment manages its team.",
            "Vain arvioinnin aloittaja hallinnoi sen tiimiä."),
        ["members_title"] = ("Who answers", "Vastaajat"),
        ["members_intro"] = ("You see who has started and submitted, never what anyone answered.",
            "Näet, kuka on aloittanut ja lähettänyt vastauksensa, mutta et koskaan vastauksia."),
        ["col_role"] = ("Role", "Rooli"),
        ["col_status"] = ("Status", "Tila"),
        ["col_link"] = ("Link", "Linkki"),
        ["you"] = ("you", "sinä"),
        ["status_invited"] = ("invited, not started", "kutsuttu, ei aloittanut"),
        ["status_started"] = ("started", "aloittanut"),
        ["status_submitted"] = ("submitted", "lähettänyt"),
        ["status_revoked"] = ("link revoked", "linkki peruttu"),
        ["resend"] = ("New link", "Uusi linkki"),
        ["revoke"] = ("Revoke link", "Peru linkki"),
        ["invite_title"] = ("Invite a colleague", "Kutsu kollega"),
        ["invite_role"] = ("Their role", "Hänen roolinsa"),
        ["invite_button"] = ("Create a link", "Luo linkki"),
        ["err_role"] = ("Their role: choose one of the roles.", "Hänen roolinsa: valitse jokin rooleista."),
        ["err_owner_link"] = ("Your own link cannot be replaced or revoked here.",
            "Omaa linkkiäsi ei voi vaihtaa tai perua täällä."),
        ["issued_title"] = ("New link", "Uusi linkki"),
        ["issued_once"] = ("Copy the link or the message now and send it to your colleague: for their security it is " +
            "shown only once. A new link replaces any earlier one.",
            "Kopioi linkki tai viesti nyt ja lähetä se kollegallesi: turvallisuussyistä se näytetään vain " +
            "kerran. Uusi linkki korvaa aiemman."),
        ["issued_link"] = ("Link", "Linkki"),
        ["issued_message"] = ("Message to send", "Lähetettävä viesti"),
        ["invite_message"] = ("Hello,\n\n{0} is assessing how well we work with our partners, and I would like your " +
            "view as {1}. Answering takes about {2} minutes, and you can stop and come back with the same " +
            "link:\n\n{3}\n\nThe link is personal, so please do not forward it. Only the firm's managers see " +
            "individual answers.\n\nThank you!",
            "Hei,\n\n{0} arvioi, kuinka hyvin toimimme kumppaniemme kanssa, ja haluaisin kuulla näkemyksesi " +
            "roolissa {1}. Vastaaminen vie noin {2} minuuttia, ja voit jatkaa myöhemmin samalla " +
            "linkillä:\n\n{3}\n\nLinkki on henkilökohtainen, joten älä välitä sitä eteenpäin. Yksittäiset " +
            "vastaukset näkee vain yrityksen johto.\n\nKiitos!"),
        ["close_title"] = ("Close the assessment", "Sulje arviointi"),
        ["close_rule"] = ("Closing now scores {0} of {1} respondents: those who have submitted. The others can no " +
            "longer answer, and everyone with a link can then read the report. It also closes by itself once " +
            "everyone has submitted.",
            "Jos suljet nyt, raportti lasketaan {0}/{1} vastaajan vastauksista: lähettäneiden. Muut eivät voi " +
            "enää vastata, ja kaikki linkin saaneet voivat lukea raportin. Arviointi sulkeutuu myös itsestään, " +
            "kun kaikki ovat lähettäneet vastauksensa."),
        ["close_rule_none"] = ("The assessment can be closed once at least one respondent has submitted; nobody has " +
            "yet.",
            "Arvioinnin voi sulkea, kun vähintään yksi vastaaja on lähettänyt vastauksensa; kukaan ei ole " +
            "vielä lähettänyt."),
        ["close_button"] = ("Close and build the report", "Sulje ja laadi raportti"),
        ["front_title"] = ("How well does your firm work with its partners?",
            "Kuinka hyvin yrityksesi toimii kumppaniensa kanssa?"),
        ["front_intro"] = ("A questionnaire for small and medium-sized firms about managing a network of partners: " +
            "suppliers, technology and R&D partners, distributors and key customers. You and up to a few colleagues " +
            "answer; the firm then gets a report of its capabilities and how it compares with similar firms.",
            "Kysely pienille ja keskisuurille yrityksille kumppaniverkoston johtamisesta: toimittajat, teknologia- " +
            "ja tuotekehityskumppanit, jakelijat ja avainasiakkaat. Sinä ja muutama kollegasi vastaatte; yritys saa " +
            "sitten raportin kyvykkyyksistään ja siitä, miten se vertautuu samankaltaisiin yrityksiin."),
        ["how_it_works"] = ("How it works", "Näin se toimii"),
        ["step_start"] = ("Start the assessment below: you become its owner.",
            "Aloita arviointi alla: sinusta tulee sen omistaja."),
        ["step_invite"] = ("Invite colleagues by role from your page; each gets a link of their own.",
            "Kutsu kollegat rooleittain omalta sivultasi; kukin saa oman linkkinsä."),
        ["step_close"] = ("When enough have answered, close it and read the report.",
            "Kun riittävän moni on vastannut, sulje arviointi ja lue raportti."),
        ["estimate"] = ("{0}: {1} questions for you, about {2} minutes.",
            "{0}: sinulle {1} kysymystä, noin {2} minuuttia."),
        ["privacy_title"] = ("Who sees what", "Kuka näkee mitä"),
        ["privacy"] = ("Individual answers are seen only by the firm's managers (the person who starts the " +
            "assessment) and, if the firm works with one, its consultant. Colleagues see who has answered, never " +
            "what. Researchers get only anonymised, k-anonymous data: no names, no firm, and no group so small that " +
            "a firm could be recognised.",
            "Yksittäiset vastaukset näkevät vain yrityksen johto (arvioinnin aloittaja) ja yrityksen mahdollinen " +
            "konsultti. Kollegat näkevät, kuka on vastannut, mutta eivät vastauksia. Tutkijat saavat vain " +
            "anonymisoitua, k-anonyymiä aineistoa: ei nimiä, ei yrityksiä eikä niin pieniä ryhmiä, että " +
            "yrityksen voisi tunnistaa."),
        ["start_title"] = ("Start an assessment for my firm", "Aloita arviointi yritykselleni"),
        ["instrument"] = ("Questionnaire", "Kysely"),
        ["language"] = ("Language of the questionnaire", "Kyselyn kieli"),
        ["start"] = ("Start the assessment", "Aloita arviointi"),
        ["lang_en"] = ("English", "englanti"),
        ["lang_fi"] = ("Finnish", "suomi"),
        ["firm_read_only"] = ("The person who started this assessment keeps the firm profile up to date; ask them if " +
            "something is wrong.",
            "Arvioinnin aloittaja ylläpitää yrityksen tietoja; pyydä häntä korjaamaan, jos jokin on väärin."),
    };

    public static string Normalize(string? language) => language is "fi" ? "fi" : "en";

    public static string Get(string language, string key) =>
        Normalize(language) == "fi" ? Table[key].Fi : Table[key].En;

    public static IEnumerable<KeyValuePair<string, string>> For(string language) =>
        Table.Select(e => KeyValuePair.Create(e.Key, Normalize(language) == "fi" ? e.Value.Fi : e.Value.En));
}
