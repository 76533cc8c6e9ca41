namespace CapabilityAssessment.Forms;

internal static partial class FormStrings
{
    /// <summary>The front door: what the assessment is, privacy, and starting one.</summary>
    private static Dictionary<string, (string En, string Fi)> FrontDoor() => new()
    {
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
}
