using System.Globalization;
using System.Text;
using System.Xml;

namespace CapabilityAssessment.Exports.Bundle;

/// <summary>
/// The codebook as DDI-Codebook 2.5 XML (namespace ddi:codebook:2_5), the archive standard CESSDA and ICPSR read: the
/// study (release, instrument versions, licence, contact), one fileDscr per table, a varGrp per construct (per
/// definition where versions differ) with a child varGrp per facet, and every variable with its label, value
/// categories, missing-value categories (catgry missing="Y"), its construct (concept) and the construct's kind, index
/// rule, referent and the item's facet (notes type="kind" etc.). Elements follow the schema's order.
/// </summary>
internal static class DdiCodebook
{
    public const string Namespace = "ddi:codebook:2_5";

    public static string For(Codebook codebook, ReleaseTerms terms)
    {
        var text = new StringBuilder();
        using (var x = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            x.WriteStartElement("codeBook", Namespace);
            x.WriteAttributeString("version", "2.5");
            x.WriteAttributeString("ID", "release-" + codebook.Release);
            x.WriteStartElement("stdyDscr", Namespace);
            x.WriteStartElement("citation", Namespace);
            x.WriteStartElement("titlStmt", Namespace);
            x.WriteElementString("titl", Namespace, $"CapabilityAssessment dataset release {codebook.Release}");
            x.WriteElementString("IDNo", Namespace, codebook.Release);
            x.WriteEndElement();
            x.WriteStartElement("verStmt", Namespace);
            var versions = codebook.Instruments.Select(i => $"{i.Key} v{i.Version} ({i.ContentHash})");
            x.WriteElementString("version", Namespace, string.Join("; ", versions) +
                $"; scoring {codebook.ScoringVersion}");
            x.WriteEndElement();
            x.WriteEndElement(); // citation
            x.WriteStartElement("stdyInfo", Namespace);
            var disclosure = codebook.Disclosure;
            x.WriteElementString("abstract", Namespace, "Anonymised responses and firm scores of closed capability " +
                $"assessments. {codebook.Precision} k-anonymity with k = {disclosure.K}: " +
                $"{disclosure.Cost ?? disclosure.EmptyBecause}");
            x.WriteEndElement();
            x.WriteStartElement("dataAccs", Namespace);
            x.WriteStartElement("useStmt", Namespace);
            x.WriteElementString("contact", Namespace, terms.Contact);
            x.WriteElementString("citReq", Namespace, terms.Citation(codebook));
            x.WriteElementString("conditions", Namespace, terms.Licence);
            x.WriteEndElement();
            x.WriteEndElement();
            x.WriteEndElement(); // stdyDscr

            foreach (var (table, i) in codebook.Tables.Select((t, i) => (t, i)))
            {
                x.WriteStartElement("fileDscr", Namespace);
                x.WriteAttributeString("ID", FileId(i));
                x.WriteStartElement("fileTxt", Namespace);
                x.WriteElementString("fileName", Namespace, table.Name + ".csv");
                x.WriteElementString("fileCont", Namespace, table.Description);
                x.WriteStartElement("dimensns", Namespace);
                x.WriteElementString("caseQnty", Namespace, table.Rows.ToString(CultureInfo.InvariantCulture));
                x.WriteElementString("varQnty", Namespace,
                    table.Variables.Count.ToString(CultureInfo.InvariantCulture));
                x.WriteEndElement();
                x.WriteElementString("fileType", Namespace,
                    $"text/csv (UTF-8, comma-separated, header row); also {table.Name}.parquet");
                x.WriteEndElement();
                x.WriteEndElement();
            }

            x.WriteStartElement("dataDscr", Namespace);
            foreach (var c in codebook.Constructs)
            {
                x.WriteStartElement("varGrp", Namespace);
                x.WriteAttributeString("ID", "G_" + c.Name);
                x.WriteAttributeString("type", "other");
                x.WriteAttributeString("var", string.Join(' ', c.Items.Select(v => VarId(0, v))));
                if (c.Facets.Count > 0)
                    x.WriteAttributeString("varGrp", string.Join(' ', c.Facets.Select(f => FacetId(c, f))));
                x.WriteElementString("labl", Namespace, c.Title);
                var reversed = c.ReverseKeyed.Count == 0 ? "none" : string.Join(", ", c.ReverseKeyed);
                var facets = c.Facets.Count == 0 ? "none" : string.Join(", ", c.Facets.Select(f => f.Key));
                x.WriteElementString("txt", Namespace,
                    $"Reverse-keyed: {reversed}; {c.ScalePoints}-point scale; kind {c.Kind}" +
                    (c.IndexRule is null ? "" : $" ({c.IndexRule})") +
                        $"; referent {c.Referent}; facets {facets}; layer {c.Layer}; " +
                    $"instrument versions {string.Join(", ", c.Versions)}; scores {c.RespondentScore}, {c.FirmScore}");
                x.WriteElementString("defntn", Namespace, c.Rule);
                x.WriteEndElement();
                foreach (var f in c.Facets)
                {
                    x.WriteStartElement("varGrp", Namespace);
                    x.WriteAttributeString("ID", FacetId(c, f));
                    x.WriteAttributeString("type", "subject");
                    x.WriteAttributeString("var", string.Join(' ', f.Items.Select(v => VarId(0, v))));
                    x.WriteElementString("labl", Namespace, $"{c.Title}: {f.Title} (facet)");
                    x.WriteEndElement();
                }
            }
            foreach (var (table, i) in codebook.Tables.Select((t, i) => (t, i)))
                foreach (var v in table.Variables) Variable(x, v, i);
            x.WriteEndElement(); // dataDscr
            x.WriteEndElement(); // codeBook
        }
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"");
    }

    private static void Variable(XmlWriter x, ExportVariable v, int file)
    {
        x.WriteStartElement("var", Namespace);
        x.WriteAttributeString("ID", VarId(file, v.Name));
        x.WriteAttributeString("name", v.Name);
        x.WriteAttributeString("files", FileId(file));
        x.WriteAttributeString("intrvl", v.Type == VariableType.Double ? "contin" : "discrete");
        x.WriteElementString("labl", Namespace, v.Label);
        if (v.Rule is not null) x.WriteElementString("txt", Namespace, v.Rule);
        foreach (var (code, label) in v.ValueLabels ?? new Dictionary<int, string>())
            Category(x, code, label, missing: false);
        foreach (var (code, label) in v.MissingCodes ?? new Dictionary<int, string>())
            Category(x, code, label, missing: true);
        if (v.Construct is not null) x.WriteElementString("concept", Namespace, v.Construct);
        x.WriteStartElement("varFormat", Namespace);
        x.WriteAttributeString("type", v.Type == VariableType.String ? "character" : "numeric");
        x.WriteAttributeString("schema", "SPSS");
        x.WriteAttributeString("formatname", SpssSyntax.Format(v.Type));
        x.WriteEndElement();
        // The instrument's metadata as typed notes: what DDI has no element for (kind, index rule, referent, facet).
        foreach (var (type, value) in new[] { ("kind", v.Kind), ("indexRule", v.IndexRule), ("referent", v.Referent),
            ("facet", v.Facet) })
            if (value is not null)
            {
                x.WriteStartElement("notes", Namespace);
                x.WriteAttributeString("type", type);
                x.WriteString(value);
                x.WriteEndElement();
            }
        x.WriteEndElement();
    }

    private static void Category(XmlWriter x, int code, string label, bool missing)
    {
        x.WriteStartElement("catgry", Namespace);
        if (missing) x.WriteAttributeString("missing", "Y");
        x.WriteElementString("catValu", Namespace, code.ToString(CultureInfo.InvariantCulture));
        x.WriteElementString("labl", Namespace, label);
        x.WriteEndElement();
    }

    private static string FileId(int file) => $"F{file + 1}";

    private static string FacetId(CodebookConstruct c, CodebookFacet f) => $"G_{c.Name}.{f.Key}";

    private static string VarId(int file, string name) => $"V{file + 1}_{name}";
}
