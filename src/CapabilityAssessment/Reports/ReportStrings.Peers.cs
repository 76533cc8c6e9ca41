namespace CapabilityAssessment.Reports;

internal static partial class ReportStrings
{
    /// <summary>The peer comparison and the norm release it reads (issue #14).</summary>
    private static Dictionary<string, (string En, string Fi)> Peers() => new()
    {
        ["no_norms"] = ("Intervals and the comparison with peers appear once the first norm release is published " +
            "(usually within a day).",
            "Luottamusvälit ja vertailu muihin yrityksiin näkyvät, kun ensimmäiset vertailutiedot on julkaistu " +
            "(yleensä vuorokauden kuluessa)."),
        ["radar_peers"] = ("The dashed ring is the median of all firms in the norm release.",
            "Katkoviiva on kaikkien vertailutietojen yritysten mediaani."),
        ["peers_title"] = ("Compared with other firms", "Vertailu muihin yrityksiin"),
        ["peers_norms"] = ("Compared with the norms of {0}: {1} firms. These figures stay the same for this report.",
            "Vertailutiedot {0}: {1} yritystä. Luvut pysyvät tässä raportissa samoina."),
        ["peers_explain"] = ("Percentile: the share of firms in the group scoring below you (ties count half). " +
            "Median: the middle score of the group.",
            "Persentiili: kuinka suuri osa ryhmän yrityksistä sai pienemmän tuloksen (tasatulokset puoliksi). " +
            "Mediaani: ryhmän keskimmäinen tulos."),
        ["peer_percentile"] = ("Your percentile", "Persentiilinne"),
        ["peer_median"] = ("Peer median", "Ryhmän mediaani"),
        ["peer_firms"] = ("{0} firms", "{0} yritystä"),
        ["peer_withheld"] = ("withheld", "ei julkaista"),
        ["peer_everyone"] = ("All firms", "Kaikki yritykset"),
        ["peer_industry"] = ("Industry {0}", "Toimiala {0}"),
        ["peer_size"] = ("size class {0}", "kokoluokka {0}"),
        ["peer_country"] = ("country {0}", "maa {0}"),
        ["peer_age"] = ("age {0} years", "ikä {0} vuotta"),
        ["peer_below_threshold"] = ("Not shown: this group has too few firms to compare without revealing any one of " +
            "them.",
            "Ei näytetä: ryhmässä on liian vähän yrityksiä, jotta vertailu ei paljastaisi yksittäistä " +
            "yritystä."),
        ["peer_complementary"] = ("Not shown: together with other groups it would reveal a small number of firms.",
            "Ei näytetä: yhdessä muiden ryhmien kanssa se paljastaisi pienen joukon yrityksiä."),
        ["peer_no_score"] = ("Not shown: there is no score to compare.", "Ei näytetä: vertailtavaa tulosta ei ole."),
    };
}
