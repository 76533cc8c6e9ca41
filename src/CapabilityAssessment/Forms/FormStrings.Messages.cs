namespace CapabilityAssessment.Forms;

internal static partial class FormStrings
{
    /// <summary>Message pages and answer errors: not found, bad request, rate limited, too large, conflicts.</summary>
    private static Dictionary<string, (string En, string Fi)> Messages() => new()
    {
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
    };
}
