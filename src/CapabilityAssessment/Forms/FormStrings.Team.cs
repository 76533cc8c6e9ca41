namespace CapabilityAssessment.Forms;

internal static partial class FormStrings
{
    /// <summary>The owner's team page: members, invitations, issued links and closing.</summary>
    private static Dictionary<string, (string En, string Fi)> Team() => new()
    {
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
    };
}
