namespace CapabilityAssessment.Reports;

/// <summary>
/// The report's UI strings in English and Finnish; templates read them as t.key (a missing key fails rendering). One
/// table, written in one file per concern: the page (here), the peer comparison (ReportStrings.Peers.cs), and change
/// and the managers' own scores (ReportStrings.Change.cs). A key defined twice fails at start-up.
/// </summary>
internal static partial class ReportStrings
{
    // Methods, not fields, for the parts: static field initialisers of a partial class run in no defined file order.
    private static readonly Dictionary<string, (string En, string Fi)> Table =
        new[] { Page(), Peers(), Change() }.SelectMany(part => part).ToDictionary(e => e.Key, e => e.Value);

    private static Dictionary<string, (string En, string Fi)> Page() => new()
    {
        ["app"] = ("Capability assessment", "Kyvykkyysarvio"),
        ["skip"] = ("Skip to main content", "Siirry pääsisältöön"),
        ["title"] = ("Capability report", "Kyvykkyysraportti"),
        ["download_pdf"] = ("Download as PDF", "Lataa PDF-tiedostona"),
        ["firm"] = ("Firm", "Yritys"),
        ["instrument"] = ("Questionnaire", "Kyselylomake"),
        ["version"] = ("version", "versio"),
        ["scoring_version"] = ("Scoring version", "Pisteytyksen versio"),
        ["respondents"] = ("Respondents", "Vastaajat"),
        ["scored_at"] = ("Scored", "Pisteytetty"),
        ["summary"] = ("Summary", "Yhteenveto"),
        ["index"] = ("Dynamic-capability index", "Dynaamisen kyvykkyyden indeksi"),
        ["index_hint"] = ("Mean of the three layers, 0–100", "Kolmen tason keskiarvo, 0–100"),
        ["weakest_link"] = ("Weakest link", "Heikoin lenkki"),
        ["weakest_hint"] = ("Lowest of the three layers", "Kolmesta tasosta matalin"),
        ["necessary"] = ("All three layers – the managers' outlook, their work with partners and the firm's " +
            "organisational capabilities – are necessary and none is sufficient on its own, so the weakest layer " +
            "limits the whole.",
            "Kaikki kolme tasoa – johtajien näkökulma, heidän työnsä kumppanien kanssa ja yrityksen " +
            "organisatoriset kyvykkyydet – ovat välttämättömiä, eikä mikään niistä yksin riitä, joten " +
            "heikoin taso rajoittaa kokonaisuutta."),
        ["layers"] = ("The three layers", "Kolme tasoa"),
        ["other_layers"] = ("Also measured, not part of the index", "Mitattu myös, ei osa indeksiä"),
        ["layer"] = ("Layer", "Taso"),
        ["layer_cognitive"] = ("Managers' outlook (cognitive)", "Johtajien näkökulma (kognitiivinen)"),
        ["layer_managerial"] = ("Work with partners (managerial)", "Työ kumppanien kanssa (johtamisen taso)"),
        ["layer_organisational"] = ("Organisational capabilities", "Organisatoriset kyvykkyydet"),
        ["layer_dynamic_capability"] = ("Dynamic capability", "Dynaaminen kyvykkyys"),
        ["layer_management_mode"] = ("Management modes", "Johtamisen muodot"),
        ["layer_practice"] = ("Practices", "Käytännöt"),
        ["layer_outcome"] = ("Outcome", "Tulos"),
        ["score"] = ("Score", "Tulos"),
        ["band"] = ("Band", "Kehitysvaihe"),
        ["not_scored"] = ("not scored", "ei pisteytetty"),
        ["constructs_scored"] = ("{0} of {1} areas scored", "{0}/{1} osa-aluetta pisteytetty"),
        ["radar_title"] = ("Capability profile", "Kyvykkyysprofiili"),
        ["radar_desc"] = ("Radar chart of {0} capability areas on a 0–100 scale, with rings at 25, 50, 75 and 100. " +
            "The same scores are in the table below.",
            "Tutkakaavio {0} kyvykkyyden osa-alueesta asteikolla 0–100, renkaat kohdissa 25, 50, 75 ja 100. Samat " +
            "tulokset ovat alla olevassa taulukossa."),
        ["table_caption"] = ("Scores by capability area (0–100)", "Tulokset osa-alueittain (0–100)"),
        ["area"] = ("Capability area", "Osa-alue"),
        ["interval"] = ("90% interval", "90 %:n luottamusväli"),
        ["areas"] = ("Capability areas", "Kyvykkyyden osa-alueet"),
        ["interval_note"] = ("The bars show each score; the thin line across a bar is its 90% interval, the range " +
            "the score would likely fall in if the questions were asked again.",
            "Palkit näyttävät tulokset; palkin poikki kulkeva ohut viiva on 90 %:n luottamusväli eli " +
            "vaihteluväli, jolle tulos todennäköisesti osuisi, jos kysymykset esitettäisiin uudelleen."),
        ["no_interval"] = ("Score intervals are shown once at least {0} people have answered a scale; areas without " +
            "an interval do not have that many answers yet.",
            "Tulosten luottamusvälit näytetään, kun vähintään {0} henkilöä on vastannut osa-alueen " +
            "kysymyksiin; osa-alueilla ilman luottamusväliä vastauksia ei ole vielä niin paljon."),
        ["recommendation"] = ("Recommendation", "Suositus"),
        ["low_agreement_title"] = ("Your team sees this differently.", "Tiiminne näkee tämän eri tavoin."),
        ["low_agreement"] = ("The answers disagree (agreement {0} on a 0–1 scale, below {1}), so discuss this area " +
            "together before acting on the score.",
            "Vastaukset poikkeavat toisistaan (yksimielisyys {0} asteikolla 0–1, alle {1}), joten keskustelkaa " +
            "osa-alueesta yhdessä ennen kuin toimitte tuloksen perusteella."),
        ["answered_by"] = ("Answered by {0}", "Vastaajia {0}"),
        ["modes"] = ("How you manage your partners", "Miten johdatte kumppaneitanne"),
        ["modes_caveat"] = ("These four modes describe how the firm manages its partners; they are a profile, not a " +
            "ladder where more is better. Integrating is shown as a dimension of its own: in the source cases it was " +
            "rarely used and sometimes harmful.",
            "Nämä neljä johtamisen muotoa kuvaavat, miten yritys johtaa kumppaneitaan; ne ovat profiili eivätkä " +
            "asteikko, jolla enemmän olisi parempi. Integrointi näytetään omana ulottuvuutenaan: lähdeaineiston " +
            "yrityksissä sitä käytettiin harvoin ja se oli joskus haitallista."),
        ["integrating_note"] = ("A higher score is not better here.", "Korkeampi tulos ei tässä ole parempi."),
        ["index_note"] = ("This score counts the practices the firm uses; it is not a scale where more is always " +
            "better, so it has no band or recommendation.",
            "Tulos laskee yrityksen käyttämät käytännöt; se ei ole asteikko, jolla enemmän olisi aina " +
            "parempi, joten sillä ei ole tasoa eikä suositusta."),
        ["facets"] = ("Parts of this area", "Osa-alueen osat"),
        ["outcomes"] = ("Results compared with competitors", "Tulokset verrattuna kilpailijoihin"),
        ["outcomes_caveat"] = ("These results are reported as given, once for the firm; they are not capabilities " +
            "and get no band or recommendation.",
            "Tulokset näytetään sellaisinaan, kerran koko yrityksen osalta; ne eivät ole kyvykkyyksiä, eikä " +
            "niille anneta tasoa tai suositusta."),
        ["recommendations"] = ("Where to start", "Mistä aloittaa"),
        ["recommendations_intro"] = ("Areas reliably below your own average, each compared with its peers " +
            "(differences within measurement error are not named; areas that tie share a place):",
            "Osa-alueet, jotka ovat luotettavasti oman keskiarvonne alapuolella, kukin verrattuna " +
            "vertailuryhmäänsä (mittausvirheen sisällä olevia eroja ei nimetä; tasatulokset jakavat sijan):"),
        ["nothing_stands_out"] = ("No area stands out: the differences between your areas lie within measurement " +
            "error, so none is named as the place to start.",
            "Mikään osa-alue ei erotu: erot osa-alueidenne välillä ovat mittausvirheen sisällä, joten mitään " +
            "ei nimetä aloituskohdaksi."),
        ["recommendations_no_norms"] = ("Where to start is named once published norms exist to compare your areas on " +
            "a common scale.",
            "Aloituskohta nimetään, kun julkaistut normit mahdollistavat osa-alueiden vertailun yhteisellä " +
            "asteikolla."),
        ["unscored"] = ("Areas that could not be scored", "Osa-alueet, joita ei voitu pisteyttää"),
        ["not_ready_title"] = ("The report is not ready yet", "Raportti ei ole vielä valmis"),
        ["not_ready"] = ("The report is ready once the assessment has closed, when every invited respondent has " +
            "submitted or the consultant closes it. Come back to this link then.",
            "Raportti on valmis, kun arviointi on suljettu eli kun kaikki kutsutut vastaajat ovat lähettäneet " +
            "vastauksensa tai konsultti sulkee arvioinnin. Palaa silloin tähän linkkiin."),
        ["no_profile_title"] = ("The report is being prepared", "Raporttia valmistellaan"),
        ["no_profile"] = ("The assessment has closed but its scores are not stored yet. Try again later or contact " +
            "your consultant.",
            "Arviointi on suljettu, mutta sen tuloksia ei ole vielä tallennettu. Yritä myöhemmin uudelleen tai " +
            "ota yhteyttä konsulttiin."),
        ["pdf_unavailable_title"] = ("PDF not available", "PDF ei ole saatavilla"),
        ["pdf_unavailable"] = ("This server cannot produce PDF files. Print the report page from your browser " +
            "instead (choose \"Save as PDF\").",
            "Tämä palvelin ei voi tuottaa PDF-tiedostoja. Tulosta raporttisivu selaimesta (valitse \"Tallenna " +
            "PDF-muodossa\")."),
        ["pdf_failed_title"] = ("PDF could not be produced", "PDF-tiedostoa ei voitu tuottaa"),
        ["pdf_failed"] = ("The PDF could not be produced just now. Try again, or print the report page from your " +
            "browser.",
            "PDF-tiedostoa ei juuri nyt voitu tuottaa. Yritä uudelleen tai tulosta raporttisivu selaimesta."),
        ["reason_TOO_FEW_ANSWERS"] = ("Too few of its questions were answered (\"don't know\" counts as unanswered).",
            "Liian moneen sen kysymyksistä ei vastattu (\"en osaa sanoa\" lasketaan vastaamattomaksi)."),
        ["reason_NO_RESPONDENT_SCORES"] = ("No respondent answered enough of its questions; \"don't know\" counts as " +
            "unanswered.",
            "Yksikään vastaaja ei vastannut riittävän moneen sen kysymyksistä; \"en osaa sanoa\" lasketaan " +
            "vastaamattomaksi."),
        ["reason_NO_RESPONDENTS"] = ("Nobody who answered was asked these questions.",
            "Näitä kysymyksiä ei esitetty kenellekään vastanneista."),
        ["reason_NO_KEY_INFORMANT_SCORE"] = ("The person these questions are meant for did not answer enough of them.",
            "Henkilö, jolle nämä kysymykset on tarkoitettu, ei vastannut riittävän moneen niistä."),
        ["reason_MISSING_LAYERS"] = ("The index and the weakest link need a score for all three layers, and at least " +
            "one could not be scored.",
            "Indeksi ja heikoin lenkki edellyttävät tulosta kaikilta kolmelta tasolta, eikä vähintään yhtä " +
            "voitu pisteyttää."),
    };

    /// <summary>A plain-language reason for a stored reason code, else the engine's own (English) sentence.</summary>
    public static string Reason(string language, string code, string message) =>
        Table.ContainsKey("reason_" + code) ? Get(language, "reason_" + code) : message;

    public static bool Has(string key) => Table.ContainsKey(key);

    public static string Get(string language, string key) => language == "fi" ? Table[key].Fi : Table[key].En;

    public static string Format(string language, string key, params object[] args) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Get(language, key), args);

    /// <summary>
    /// A number for people: Finnish writes a decimal comma. Done by hand because the service runs in
    /// globalization-invariant mode (no fi-FI culture data).
    /// </summary>
    public static string Number(string language, double value, string format)
    {
        var text = value.ToString(format, System.Globalization.CultureInfo.InvariantCulture);
        return language == "fi" ? text.Replace('.', ',') : text;
    }

    public static IEnumerable<KeyValuePair<string, string>> For(string language) =>
        Table.Select(e => KeyValuePair.Create(e.Key, language == "fi" ? e.Value.Fi : e.Value.En));
}
