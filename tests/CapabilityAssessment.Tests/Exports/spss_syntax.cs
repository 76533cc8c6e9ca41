using System.Text.Json;
using System.Text.RegularExpressions;
using CapabilityAssessment.Exports.Bundle;
using CapabilityAssessment.Instruments;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Exports;

[Collection("app")]
public sealed class spss_syntax(AppFixture app)
{
    private Codebook Codebook()
    {
        var catalog = app.Host.Services.GetRequiredService<InstrumentCatalog>();
        var layout = new ReleaseLayout([catalog.Get("dcvn", 1)!]);
        var histogram = k_anonymity.Population(1, 100, 10);
        var plan =
            CapabilityAssessment.Exports.Anonymisation.KAnonymity.Plan(
            CapabilityAssessment.Exports.Anonymisation.QuasiIdentifiers.All, histogram);
        return CapabilityAssessment.Exports.Bundle.Codebook.For("r", layout, catalog.ContentHash,
            CapabilityAssessment.Exports.Anonymisation.DisclosureReport.From(plan, histogram));
    }

    [Fact]
    public void the_syntax_reads_every_codebook_variable_with_its_type_labels_and_missing_values()
    {
        var codebook = Codebook();
        foreach (var table in codebook.Tables)
        {
            var sps = SpssSyntax.For(table);
            Assert.Contains($"/FILE='{table.Name}.csv'", sps);
            var block = Regex.Match(sps, @"/VARIABLES=\n(?<vars>(  \S+ \S+\n)+)\.").Groups["vars"].Value;
            var declared = block.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(l => l.Trim().Split(' '))
                .ToList();
            Assert.Equal(table.Variables.Select(v => v.Name), declared.Select(d => d[0]));
            Assert.Equal(table.Variables.Select(v => SpssSyntax.Format(v.Type)), declared.Select(d => d[1]));
            Assert.All(declared, d => Assert.Matches("^[a-z][a-z0-9_]{0,63}$", d[0]));
            foreach (var v in table.Variables)
            {
                Assert.Contains($"  {v.Name} '{v.Label.Replace("'", "''")}'", sps);
                if (v.MissingCodes is { } codes)
                {
                    var missing = Regex.Match(sps,
                        $@"MISSING VALUES {v.Name} \((?<codes>[^)]*)\)\.").Groups["codes"].Value.Split(", ");
                    Assert.Equal(codes.Keys.Select(k =>
                        k.ToString(System.Globalization.CultureInfo.InvariantCulture)), missing);
                    Assert.InRange(missing.Length, 1, 3);
                }
                foreach (var (value, label) in v.ValueLabels ?? new Dictionary<int, string>())
                    Assert.Contains($"{value} '{label.Replace("'", "''")}'", sps);
            }
        }
    }

    [Fact]
    public void the_codebook_names_the_instrument_version_hash_and_scoring_rules_in_json_and_markdown()
    {
        var codebook = Codebook();
        using var json = JsonDocument.Parse(
            JsonSerializer.Serialize(codebook, CapabilityAssessment.Exports.Bundle.Codebook.Json));
        var instrument = json.RootElement.GetProperty("instruments")[0];
        Assert.Equal("dcvn", instrument.GetProperty("key").GetString());
        Assert.Matches("^[0-9a-f]{64}$", instrument.GetProperty("contentHash").GetString());
        Assert.All(codebook.Tables.SelectMany(t => t.Variables)
            .Where(v => v.Name.StartsWith("rs_", StringComparison.Ordinal)), v => Assert.Contains("0-100", v.Rule));
        var md = codebook.ToMarkdown();
        Assert.All(codebook.Tables.SelectMany(t => t.Variables), v => Assert.Contains($"`{v.Name}`", md));
    }
}
