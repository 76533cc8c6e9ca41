using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using CapabilityAssessment.Exports.Anonymisation;
using CapabilityAssessment.Exports.Bundle;
using CapabilityAssessment.Instruments;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Exports;

/// <summary>
/// Version 2's metadata in the codebook (kind, index rule, referent, facets) and
/// constructs that changed between versions.
/// </summary>
[Collection("app")]
public sealed class codebooks_across_versions(AppFixture app)
{
    private InstrumentCatalog Catalog => app.Host.Services.GetRequiredService<InstrumentCatalog>();

    private Codebook For(string key, params int[] versions)
    {
        var histogram = k_anonymity.Population(1, 100, 10);
        var plan = KAnonymity.Plan(QuasiIdentifiers.All, histogram);
        return Codebook.For("r", new ReleaseLayout([.. versions.Select(v => Catalog.Get(key, v)!)]),
            Catalog.ContentHash, DisclosureReport.From(plan, histogram));
    }

    [Fact]
    public void a_changed_construct_has_an_entry_per_definition_and_a_comparable_one_one_entry_for_both_versions()
    {
        var constructs = For("dcvn", 1, 2).Constructs.ToDictionary(c => c.Name);
        var (eo1, eo2) = (constructs["entrepreneurial_orientation_v1"], constructs["entrepreneurial_orientation_v2"]);
        Assert.Equal([1], eo1.Versions);
        Assert.Equal([2], eo2.Versions);
        Assert.Contains("q_eorsk2", eo1.Items);
        Assert.DoesNotContain("q_eorsk2", eo2.Items);
        Assert.Contains("q_eorsk3", eo2.Items);
        Assert.Equal(["proactiveness", "innovativeness", "risk_taking"], eo2.Facets.Select(f => f.Key));
        Assert.Equal(["q_eopro1", "q_eopro2"], eo2.Facets[0].Items);
        Assert.Equal(("firm", "self"), (eo1.Referent, eo2.Referent)); // v1 has no referent field: the firm
        Assert.Equal([1, 2], constructs["cultural_awareness"].Versions);
        // Equivalent (items the same, a scale label changed) is not comparable: its versions
        // are kept apart, as in benchmarks.
        Assert.Equal([1], constructs["coordinating_v1"].Versions);
        Assert.Equal([2], constructs["value_net_strategy"].Versions);
        Assert.Equal("firm", constructs["value_net_strategy"].Referent);
        Assert.DoesNotContain("entrepreneurial_orientation", constructs.Keys);
        Assert.Equal(["entrepreneurial_orientation"], For("dcvn", 2).Constructs.Where(c =>
            c.Key == "entrepreneurial_orientation").Select(c => c.Name));
    }

    [Fact]
    public void every_item_and_score_names_its_construct_kind_index_rule_referent_and_facet_in_json_markdown_and_ddi()
    {
        var codebook = For("orchestration", 1, 2);
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(codebook, Codebook.Json));
        var variables = json.RootElement.GetProperty("tables")
            .EnumerateArray()
            .SelectMany(t => t.GetProperty("variables").EnumerateArray())
            .GroupBy(v => v.GetProperty("name").GetString()!).ToDictionary(g => g.Key, g => g.First());
        string? Field(string variable, string field) =>
            variables[variable].TryGetProperty(field, out var value) ? value.GetString() : null;

        Assert.Equal("search_breadth", Field("q_sb1", "construct"));
        Assert.Equal("v1: scale; v2: index", Field("q_sb1", "kind"));
        Assert.Equal("v1: none; v2: count of items answered 2 or higher", Field("q_sb1", "indexRule"));
        Assert.Equal("index", Field("q_io1", "kind"));
        Assert.Equal("mean", Field("q_io1", "indexRule"));
        Assert.Equal("firm", Field("q_io1", "referent"));
        Assert.Equal("v1: none; v2: education", Field("q_nc1", "facet"));
        Assert.Equal("index", Field("rs_innovation_output", "kind"));
        Assert.Equal("innovation_output", Field("fs_innovation_output", "construct"));
        Assert.Null(Field("respondent_role", "kind"));
        var breadth = json.RootElement.GetProperty("constructs")
            .EnumerateArray()
            .Single(c => c.GetProperty("name").GetString() == "search_breadth_v2");
        Assert.Equal("index", breadth.GetProperty("kind").GetString());
        Assert.Equal(2, breadth.GetProperty("threshold").GetInt32());
        Assert.Contains("no alpha", breadth.GetProperty("rule").GetString());

        var md = codebook.ToMarkdown();
        Assert.Contains("| construct | kind | index rule | referent | facet | rule |", md);
        Assert.Contains("| search_breadth | v1: scale; v2: index | v1: none; v2: count of items answered 2 or " +
            "higher | firm |", md);
        Assert.Contains("| `search_breadth_v2` ", md);
        Assert.Contains("- `search_breadth_v2`: ", md);

        var ddi = XDocument.Parse(DdiCodebook.For(codebook, ReleaseTerms.Default));
        XNamespace ns = DdiCodebook.Namespace;
        var item = ddi.Descendants(ns + "var").First(v => v.Attribute("name")!.Value == "q_io1");
        Assert.Equal("innovation_output", item.Element(ns + "concept")!.Value);
        var notes = item.Elements(ns + "notes").ToDictionary(n => n.Attribute("type")!.Value, n => n.Value);
        Assert.Equal(new Dictionary<string, string> { ["kind"] = "index", ["indexRule"] = "mean",
            ["referent"] = "firm" }, notes);
        // DDI's order: concept after the categories, then varFormat, notes last.
        var order = item.Elements().Select(e => e.Name.LocalName).ToList();
        Assert.True(order.LastIndexOf("catgry") < order.IndexOf("concept")
            && order.IndexOf("concept") < order.IndexOf("varFormat")
            && order.IndexOf("varFormat") < order.IndexOf("notes") && order[^1] == "notes", string.Join(", ", order));
        var groups = ddi.Descendants(ns + "varGrp").ToDictionary(g => g.Attribute("ID")!.Value);
        var coordination = groups["G_network_coordination"];
        Assert.All(coordination.Attribute("varGrp")!.Value.Split(' '), child => Assert.Contains(child, groups.Keys));
        Assert.Contains("referent", coordination.Element(ns + "txt")!.Value);
    }

    [Fact]
    public async Task the_scripts_score_count_and_mean_indices_as_the_service_does_and_give_no_alpha_for_an_index()
    {
        var orchestration = Catalog.Get("orchestration", 2)!;
        var writer = new BundleWriter(new ReleaseLayout([Catalog.Get("orchestration", 1)!, orchestration]), (_, _) =>
            "sha256:abc", [5, 10, 20]);
        using var zip = new MemoryStream();
        var rows = GeneratedAssessments.Rows(orchestration, GeneratedAssessments.Make(orchestration, 150, 11));
        await writer.WriteAsync("r11", () => GeneratedAssessments.Async(rows), zip);
        var files = ReleaseClient.Unzip(zip.ToArray());
        var folder = AnalysisRuns.Unpack(files);
        try
        {
            var indices = orchestration.Constructs.Where(c => c.IsIndex).Select(c => c.Key).ToList();
            Assert.Contains(orchestration.Constructs, c => c.IsIndex && c.Scoring.Rule == IndexRule.Count);
            Assert.Contains(orchestration.Constructs, c => c.IsIndex && c.Scoring.Rule == IndexRule.Mean);
            var (pandas, r) = await AnalysisRuns.ScoreDifferences(folder);
            foreach (var diffs in new[] { pandas, r })
            {
                Assert.All(orchestration.Constructs, c => Assert.True(diffs[c.Key].N > 0, $"{c.Key}: no scores"));
                Assert.All(diffs.Where(d => d.Value.N > 0), d =>
                    Assert.True(d.Value.Max <= 0.005 + 1e-9, $"{d.Key}: sc_ and rs_ differ by {d.Value.Max}"));
            }

            var alphas = AnalysisRuns.Alphas(
                await AnalysisRuns.Run("Rscript", Path.Combine(folder, "release.R"), folder));
            var pspp = await AnalysisRuns.Pspp(folder);
            Assert.Contains("network_coordination", alphas.Keys);
            using var codebook = JsonDocument.Parse(files["codebook.json"]);
            var indexNames = AnalysisRuns.Scales(codebook).Where(c => c.Kind == "index").Select(c => c.Name).ToList();
            Assert.Equal(indices.Select(i => i == "innovation_output" ? i : i + "_v2"), indexNames);
            Assert.All(indexNames, index => Assert.DoesNotContain(index, alphas.Keys));
            Assert.All(indexNames, index => Assert.DoesNotContain(index, pspp.Keys));
            // Version 1's scales have no rows here: PSPP skips them rather than print an undefined alpha.
            Assert.All(pspp, a => Assert.True(double.IsFinite(a.Value)
                && !a.Key.EndsWith("_v1", StringComparison.Ordinal), $"{a.Key}: {a.Value}"));
            var service = AnalysisRuns.Service(orchestration, release_bundles.Csv(files["responses.csv"]));
            Assert.All(indices, index => Assert.DoesNotContain(index, service.Keys));
            Assert.Equal(service["knowledge_mobility"], pspp["knowledge_mobility_v2"], 6);
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Fact]
    public async Task version_2_data_in_a_release_of_both_versions_gets_pspps_alpha_of_its_items_not_minus_infinity()
    {
        // Issue #17: the release's construct was version 1's (first seen), whose q_eorsk2 no version 2 respondent is
        // asked (-3, missing), so listwise deletion left no case and PSPP printed
        // -Infinity where the service said 0.83.
        var v2 = Catalog.Get("dcvn", 2)!;
        var writer = new BundleWriter(new ReleaseLayout([Catalog.Get("dcvn", 1)!, v2]), (_, _) => "sha256:abc",
            [5, 10, 20]);
        using var zip = new MemoryStream();
        var rows = GeneratedAssessments.Rows(v2, GeneratedAssessments.Make(v2, 120, 17));
        await writer.WriteAsync("r17", () => GeneratedAssessments.Async(rows), zip);
        var files = ReleaseClient.Unzip(zip.ToArray());
        var folder = AnalysisRuns.Unpack(files);
        try
        {
            var service = AnalysisRuns.Service(v2, release_bundles.Csv(files["responses.csv"]));
            var pspp = await AnalysisRuns.Pspp(folder);
            var r = AnalysisRuns.Alphas(await AnalysisRuns.Run("Rscript", Path.Combine(folder, "release.R"), folder));
            Assert.Equal(service["entrepreneurial_orientation"], pspp["entrepreneurial_orientation_v2"], 6);
            Assert.Equal(service["entrepreneurial_orientation"], r["entrepreneurial_orientation_v2"], 6);
            Assert.All(pspp, a => Assert.True(double.IsFinite(a.Value), $"{a.Key}: {a.Value}"));
            Assert.All(service, s => Assert.Equal(
                s.Value, pspp.GetValueOrDefault(s.Key, pspp.GetValueOrDefault(s.Key + "_v2", double.NaN)), 6));
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

}
