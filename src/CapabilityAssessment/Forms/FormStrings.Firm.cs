namespace CapabilityAssessment.Forms;

internal static partial class FormStrings
{
    /// <summary>The firm profile page: its fields, hints and what each field error says.</summary>
    private static Dictionary<string, (string En, string Fi)> Firm() => new()
    {
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
    };
}
