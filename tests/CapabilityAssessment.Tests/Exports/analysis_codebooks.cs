using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using CapabilityAssessment.Exports.Bundle;
using CapabilityAssessment.Instruments;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Exports;

/// <summary>
/// The codebook drives an analysis: constructs, reverse keys, hierarchies; the same in
/// DDI 2.5; scores without float noise.
/// </summary>
[Collection("app")]
public sealed class analysis_codebooks(AppFixture app)
{
    // Version 1 alone: its generated answers fill every column (codebooks_across_versions covers version 2 and both).
    private InstrumentDefinition Dcvn => app.Host.Services.GetRequiredService<InstrumentCatalog>().Get("dcvn", 1)!;

    private async Task<Dictionary<string, byte[]>> Bundle()
    {
        var writer = new BundleWriter(new ReleaseLayout([Dcvn]), (_, _) => "sha256:abc", [5, 10, 20]);
        using var zip = new MemoryStream();
        var rows = GeneratedAssessments.Rows(Dcvn, GeneratedAssessments.Make(Dcvn, 150, 7));
        await writer.WriteAsync("r7", () => GeneratedAssessments.Async(rows), zip);
        zip.Position = 0;
        return ReleaseClient.Unzip(zip.ToArray());
    }

    [Fact]
    public async Task every_construct_lists_its_items_reverse_keyed_items_scale_and_rule_as_the_instrument_declares()
    {
        var files = await Bundle();
        using var codebook = JsonDocument.Parse(files["codebook.json"]);
        var constructs = codebook.RootElement.GetProperty("constructs")
            .EnumerateArray()
            .ToDictionary(c => c.GetProperty("key").GetString()!);
        Assert.Equal(Dcvn.Constructs.Select(c => c.Key), constructs.Keys);
        foreach (var c in Dcvn.Constructs)
        {
            var entry = constructs[c.Key];
            Assert.Equal(c.Items.Select(i => VariableNames.Safe("q_", i.Id)),
                entry.GetProperty("items").EnumerateArray().Select(i => i.GetString()));
            Assert.Equal(c.Items.Where(i => i.Reverse).Select(i => VariableNames.Safe("q_", i.Id)),
                entry.GetProperty("reverseKeyed").EnumerateArray().Select(i => i.GetString()));
            Assert.Equal(Dcvn.FindScale(c.Scale)!.Points, entry.GetProperty("scalePoints").GetInt32());
            Assert.Equal(c.MinAnswered, entry.GetProperty("minAnswered").GetInt32());
            Assert.Equal("scale", entry.GetProperty("kind").GetString());
        }
        Assert.Contains(constructs.Values, c => c.GetProperty("reverseKeyed").GetArrayLength() > 0);
        var instrument = codebook.RootElement.GetProperty("instruments")[0];
        Assert.Equal("sha256:abc", instrument.GetProperty("contentHash").GetString());

        var hierarchies = codebook.RootElement.GetProperty("quasiIdentifiers")
            .EnumerateArray()
            .ToDictionary(q => q.GetProperty("variable").GetString()!);
        Assert.Equal(["country", "industry", "size_class", "age_class", "turnover_band", "respondent_roles", "language",
            "firm_assessments"], hierarchies.Keys);
        Assert.All(hierarchies.Values, q => Assert.True(q.GetProperty("values").TryGetProperty("*", out _)));
        Assert.Contains("0-4, 5-9, 10-19, 20+", hierarchies["age_class"].GetProperty("values").GetProperty("ranges")
            .GetString());
        Assert.Contains("did not give", hierarchies["industry"].GetProperty("values").GetProperty("unknown")
            .GetString());
        var md = Encoding.UTF8.GetString(files["codebook.md"]);
        Assert.Contains("## Constructs", md);
        Assert.Contains("## Quasi-identifiers", md);
    }

    [Fact]
    public async Task the_ddi_codebook_describes_every_variable_with_its_categories_and_a_group_per_construct()
    {
        var files = await Bundle();
        var ddi = XDocument.Parse(Encoding.UTF8.GetString(files["codebook.xml"]));
        XNamespace ns = "ddi:codebook:2_5";
        Assert.Equal(ns + "codeBook", ddi.Root!.Name);
        Assert.Equal("2.5", ddi.Root.Attribute("version")!.Value);
        var layout = new ReleaseLayout([Dcvn]);
        var vars = ddi.Descendants(ns + "var").ToList();
        Assert.Equal(layout.Responses.Count + layout.Firms.Count, vars.Count);
        var ids = vars.Select(v => v.Attribute("ID")!.Value).ToHashSet();
        var groups = ddi.Descendants(ns + "varGrp").ToList();
        Assert.Equal(Dcvn.Constructs.Count, groups.Count);
        Assert.All(groups, g => Assert.All(g.Attribute("var")!.Value.Split(' '), id => Assert.Contains(id, ids)));
        var item = vars.First(v => v.Attribute("name")!.Value.StartsWith("q_", StringComparison.Ordinal));
        Assert.Equal(["-1", "-2", "-3"], item.Elements(ns + "catgry").Where(c => c.Attribute("missing")?.Value == "Y")
            .Select(c => c.Element(ns + "catValu")!.Value));
        Assert.NotEmpty(ddi.Descendants(ns + "conditions").Single().Value);
        Assert.Equal(["responses.csv", "firms.csv"], ddi.Descendants(ns + "fileName").Select(f => f.Value));
    }

    [Fact]
    public async Task scores_have_at_most_two_decimals_spss_formats_fit_them_and_no_column_is_always_empty()
    {
        var files = await Bundle();
        foreach (var table in new[] { "firms", "responses" })
        {
            var csv = release_bundles.Csv(files[$"{table}.csv"]);
            var layout = new ReleaseLayout([Dcvn]);
            var variables = table == "firms" ? layout.Firms : layout.Responses;
            for (var c = 0; c < variables.Count; c++)
            {
                if (variables[c].Type == VariableType.Double)
                    Assert.All(csv.Skip(1).Select(r => r[c]).Where(v => v != ""), v =>
                        Assert.Equal(Math.Round(double.Parse(v, CultureInfo.InvariantCulture), 2),
                            double.Parse(v, CultureInfo.InvariantCulture)));
                if (!variables[c].Name.StartsWith("rwg_", StringComparison.Ordinal))
                    Assert.Contains(csv.Skip(1), r => r[c] != "");
            }
            Assert.DoesNotContain("F17.9", Encoding.UTF8.GetString(files[$"{table}.sps"]));
        }
        Assert.DoesNotContain("layer_management_mode", Encoding.UTF8.GetString(files["firms.csv"]));
        var syntax = Encoding.UTF8.GetString(files["responses.sps"]);
        Assert.Contains("RECODE ", syntax);
        Assert.Contains("RELIABILITY ", syntax);
        var readme = Encoding.UTF8.GetString(files["README.md"]);
        Assert.Contains("version " + Dcvn.Version, readme);
        Assert.Contains("## Licence", readme);
        Assert.Contains("## Contact", readme);
    }
}
