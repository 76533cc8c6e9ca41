using CapabilityAssessment.Assessments;

namespace CapabilityAssessment.Forms;

/// <summary>
/// NACE Rev. 2 section titles in the form's languages: English from Eurostat (FirmProfileRules), Finnish from
/// Statistics Finland's TOL 2008 main classes, which are NACE Rev. 2 sections under the same letters.
/// </summary>
internal static class NaceSectionNames
{
    private static readonly IReadOnlyDictionary<string, string> Finnish = new Dictionary<string, string>
    {
        ["A"] = "Maatalous, metsätalous ja kalatalous", ["B"] = "Kaivostoiminta ja louhinta", ["C"] = "Teollisuus",
        ["D"] = "Sähkö-, kaasu- ja lämpöhuolto, jäähdytysliiketoiminta",
        ["E"] = "Vesihuolto, viemäri- ja jätevesihuolto, jätehuolto ja muu ympäristön puhtaanapito",
        ["F"] = "Rakentaminen",
        ["G"] = "Tukku- ja vähittäiskauppa; moottoriajoneuvojen ja moottoripyörien korjaus",
        ["H"] = "Kuljetus ja varastointi",
        ["I"] = "Majoitus- ja ravitsemistoiminta", ["J"] = "Informaatio ja viestintä",
        ["K"] = "Rahoitus- ja vakuutustoiminta",
        ["L"] = "Kiinteistöalan toiminta", ["M"] = "Ammatillinen, tieteellinen ja tekninen toiminta",
        ["N"] = "Hallinto- ja tukipalvelutoiminta", ["O"] =
            "Julkinen hallinto ja maanpuolustus; pakollinen sosiaalivakuutus",
        ["P"] = "Koulutus", ["Q"] = "Terveys- ja sosiaalipalvelut", ["R"] = "Taiteet, viihde ja virkistys",
        ["S"] = "Muu palvelutoiminta",
        ["T"] =
            "Kotitalouksien toiminta työnantajina; kotitalouksien eriyttämätön toiminta tavaroiden ja palvelujen " +
            "tuottamiseksi omaan käyttöön",
        ["U"] = "Kansainvälisten organisaatioiden ja toimielinten toiminta",
    };

    public static IEnumerable<(string Section, string Title)> In(string language) =>
        FirmProfileRules.NaceSections.Select(n => (n.Key, language == "fi" ? Finnish[n.Key] : n.Value));
}
