using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text;
using Alba;
using CapabilityAssessment.Access;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Tests.Benchmarks;
using CapabilityAssessment.Tests.Fieldwork;
using CapabilityAssessment.Tests.Operations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Parquet;

namespace CapabilityAssessment.Tests.Exports;

/// <summary>
/// The service over its own demo database (named …_demo) with 300 demo firms loaded by the demo command.
/// </summary>
public sealed class DemoReleaseFixture : IAsyncLifetime
{
    public const int Firms = 300;
    private TestDatabase _database = null!;

    public IAlbaHost Host { get; private set; } = null!;
    public DateTimeOffset LoadedFrom { get; private set; }

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("_demo");
        // The demo population is submitted now: this month is released though it is not complete.
        Host = await AppFixture.StartAsync(_database.ConnectionString,
            new Dictionary<string, string?> { ["Exports:CompleteMonthsOnly"] = "false" });
        LoadedFrom = DateTimeOffset.UtcNow;
        var (exit, output) = await DemoFixture.LoadAsync(Host, "--firms", $"{Firms}");
        if (exit != 0) throw new InvalidOperationException("demo load failed: " + output);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await _database.DisposeAsync();
    }
}

public sealed class demo_population_release(DemoReleaseFixture demo) : IClassFixture<DemoReleaseFixture>
{
    [Fact]
    public async Task a_researcher_releases_the_demo_population_and_every_file_of_the_bundle_parses_and_holds_k()
    {
        var researcher = new AssessmentClient(
            demo.Host, await AssessmentClient.IssueKey(demo.Host, PrincipalRole.Researcher, null));
        var id = await ReleaseClient.RequestRelease(researcher, demo.LoadedFrom.AddMinutes(-1),
            DateTimeOffset.UtcNow.AddMinutes(1));
        var release = await ReleaseClient.Finished(researcher, id);
        Assert.Equal("DONE", release.GetProperty("status").GetString());
        var firmRows = release.GetProperty("firmRows").GetInt64();
        var disclosure = release.GetProperty("disclosure");
        Assert.Equal(DemoReleaseFixture.Firms, disclosure.GetProperty("records").GetInt64());
        Assert.Equal(firmRows, disclosure.GetProperty("released").GetInt64());
        Assert.True(firmRows >= DemoReleaseFixture.Firms * 0.95, $"{firmRows} firm rows");

        var download = await new ReleaseClient(demo.Host).Get(release.GetProperty("download").GetProperty("url")
            .GetString()!, 200);
        using var body = new MemoryStream();
        await download.Context.Response.Body.CopyToAsync(body);
        var files = ReleaseClient.Unzip(body.ToArray());

        using var manifest = JsonDocument.Parse(files["manifest.json"]);
        var listed = manifest.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(files.Keys.Where(f => f != "manifest.json").Order(StringComparer.Ordinal),
            listed.Select(f => f.GetProperty("file").GetString()));
        foreach (var entry in listed)
            Assert.Equal(entry.GetProperty("sha256").GetString(),
                Convert.ToHexStringLower(SHA256.HashData(files[entry.GetProperty("file").GetString()!])));

        using var codebook = JsonDocument.Parse(files["codebook.json"]);
        var tables = codebook.RootElement.GetProperty("tables").EnumerateArray().ToDictionary(
            t => t.GetProperty("name").GetString()!,
            t => t.GetProperty("variables")
                .EnumerateArray()
                .Select(v => (Name: v.GetProperty("name").GetString()!, Type: v.GetProperty("type").GetString()!))
                .ToList());
        Assert.Equal(["firms", "responses"], tables.Keys.Order());
        var expectedRows = new Dictionary<string, long> { ["firms"] = firmRows,
            ["responses"] = release.GetProperty("responseRows").GetInt64() };
        foreach (var (table, variables) in tables)
        {
            var csv = release_bundles.Csv(files[$"{table}.csv"]);
            Assert.Equal(variables.Select(v => v.Name), csv[0]);
            Assert.Equal(expectedRows[table], csv.Count - 1);
            Assert.All(csv.Skip(1), row => Assert.Equal(variables.Count, row.Length));
            for (var c = 0; c < variables.Count; c++)
                foreach (var row in csv.Skip(1).Where(r => r[c] != ""))
                    Assert.True(variables[c].Type switch
                    {
                        "Integer" => int.TryParse(row[c], NumberStyles.AllowLeadingSign,
                            CultureInfo.InvariantCulture, out _),
                        "Double" => double.TryParse(row[c], NumberStyles.Float, CultureInfo.InvariantCulture, out _),
                        _ => true,
                    }, $"{table}.{variables[c].Name} = '{row[c]}'");
            await AssertParquet(files[$"{table}.parquet"], variables, csv);
            var syntax = Encoding.UTF8.GetString(files[$"{table}.sps"]);
            Assert.All(variables, v => Assert.Contains($"  {v.Name} ", syntax));
        }

        using var report = JsonDocument.Parse(files["disclosure.json"]);
        Assert.Equal(5, report.RootElement.GetProperty("k").GetInt32());
        Assert.Equal(firmRows, report.RootElement.GetProperty("released").GetInt64());
        var firms = release_bundles.Csv(files["firms.csv"]);
        var qi = new[] { "country", "industry", "size_class", "age_class", "turnover_band", "respondent_roles",
            "language", "firm_assessments" }
            .Select(c => Array.IndexOf(firms[0], c)).ToArray();
        Assert.DoesNotContain(-1, qi);
        Assert.All(firms.Skip(1).GroupBy(r => string.Join('|', qi.Select(i => r[i]))), c =>
            Assert.True(c.Count() >= 5, $"class {c.Key} has {c.Count()}"));
        Assert.DoesNotContain("[DEMO]", Encoding.UTF8.GetString(files["firms.csv"]));
    }

    [Fact]
    public async Task the_bundles_pspp_r_and_pandas_scripts_give_the_services_alpha_for_every_scale_of_both_versions()
    {
        var researcher = new AssessmentClient(
            demo.Host, await AssessmentClient.IssueKey(demo.Host, PrincipalRole.Researcher, null));
        var release = await ReleaseClient.Finished(researcher,
            await ReleaseClient.RequestRelease(researcher, demo.LoadedFrom.AddMinutes(-1),
                DateTimeOffset.UtcNow.AddMinutes(1)));
        var download = await new ReleaseClient(demo.Host).Get(release.GetProperty("download").GetProperty("url")
            .GetString()!, 200);
        using var body = new MemoryStream();
        await download.Context.Response.Body.CopyToAsync(body);
        var files = ReleaseClient.Unzip(body.ToArray());
        var folder = AnalysisRuns.Unpack(files);
        try
        {
            var catalog = demo.Host.Services.GetRequiredService<InstrumentCatalog>();
            using var codebook = JsonDocument.Parse(files["codebook.json"]);
            var scales = AnalysisRuns.Scales(codebook);
            var responses = release_bundles.Csv(files["responses.csv"]);
            var service = AnalysisRuns.Service(catalog, "dcvn", scales.Where(s => s.Kind == "scale"), responses);
            // The demo holds both versions: a construct version 2 changed has one definition (and
            // alpha) per version, and the service's alpha of version 2 is the one its reliability query
            // reports over version 2's respondents.
            Assert.Contains("entrepreneurial_orientation_v2", service.Keys);
            Assert.Contains("entrepreneurial_orientation_v1", service.Keys);
            var v2 = AnalysisRuns.Service(catalog.Get("dcvn", 2)!,
                [responses[0], .. responses.Skip(
                    1).Where(r => r[Array.IndexOf(responses[0], "instrument_version")] == "2")]);
            Assert.Equal(v2["entrepreneurial_orientation"], service["entrepreneurial_orientation_v2"], 12);
            Assert.Contains(scales, s => s.Versions.Count == 2);
            var pspp = await AnalysisRuns.Pspp(folder);
            var r = AnalysisRuns.Alphas(await AnalysisRuns.Run("Rscript", Path.Combine(folder, "release.R"), folder));
            var pandas = AnalysisRuns.Alphas(
                await AnalysisRuns.Run(AnalysisRuns.Python, Path.Combine(folder, "release.py"), folder));
            foreach (var (scale, alpha) in service)
            {
                Assert.True(Math.Abs(pspp[scale] - alpha) < 1e-6, $"{scale}: PSPP {pspp[scale]}, service {alpha}");
                Assert.True(Math.Abs(r[scale] - alpha) < 1e-6, $"{scale}: R {r[scale]}, service {alpha}");
                Assert.True(Math.Abs(pandas[scale] - alpha) < 1e-6,
                    $"{scale}: pandas {pandas[scale]}, service {alpha}");
            }
            Assert.All(pspp.Values, alpha => Assert.True(double.IsFinite(alpha), $"PSPP printed alpha {alpha}"));
            // Each row is scored by its own version's definition: the scripts' sc_* are the service's rs_*.
            var (pandasScores, rScores) = await AnalysisRuns.ScoreDifferences(folder);
            foreach (var scores in new[] { pandasScores, rScores })
            {
                Assert.True(scores["entrepreneurial_orientation"].N > 0, "no entrepreneurial_orientation scores");
                Assert.All(scores.Where(d => d.Value.N > 0), d =>
                    Assert.True(d.Value.Max <= 0.005 + 1e-9, $"{d.Key}: sc_ and rs_ differ by {d.Value.Max}"));
            }
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Fact]
    public async Task a_researcher_who_keeps_industry_sections_and_coarsens_country_to_regions_gets_that_and_its_cost()
    {
        var researcher = new AssessmentClient(
            demo.Host, await AssessmentClient.IssueKey(demo.Host, PrincipalRole.Researcher, null));
        const string request = """
            mutation($f: DateTimeOffset!, $t: DateTimeOffset!) { requestDatasetRelease(instrumentKey: "dcvn", from: $f, to: $t,
              quasiIdentifiers: [{variable: "industry", maxLevel: 0}, {variable: "country", minLevel: 1, maxLevel: 1}]) { id } }
            """;
        var data = await researcher.Data(request, new { f = demo.LoadedFrom.AddMinutes(-1),
            t = DateTimeOffset.UtcNow.AddMinutes(1) });
        var release = await ReleaseClient.Finished(researcher,
            data.GetProperty("requestDatasetRelease").GetProperty("id").GetGuid());
        Assert.Equal("DONE", release.GetProperty("status").GetString());
        var download = await new ReleaseClient(demo.Host).Get(release.GetProperty("download").GetProperty("url")
            .GetString()!, 200);
        using var body = new MemoryStream();
        await download.Context.Response.Body.CopyToAsync(body);
        var files = ReleaseClient.Unzip(body.ToArray());

        var firms = release_bundles.Csv(files["firms.csv"]);
        var (country, industry) = (Array.IndexOf(firms[0], "country"), Array.IndexOf(firms[0], "industry"));
        string[] regions = ["Nordic", "Baltic", "Western Europe", "Southern Europe", "Central and Eastern Europe",
            "other", "unknown"];
        Assert.All(firms.Skip(1), r => Assert.Contains(r[country], regions));
        Assert.All(firms.Skip(1), r => Assert.Matches("^([A-U]|unknown)$", r[industry]));
        using var disclosure = JsonDocument.Parse(files["disclosure.json"]);
        Assert.Equal(["industry: levels 0-0", "country: levels 1-1"],
            disclosure.RootElement.GetProperty("choices").EnumerateArray().Select(c => c.GetString()));
        var suppressed = disclosure.RootElement.GetProperty("suppressed").GetInt64();
        var cost = disclosure.RootElement.GetProperty("cost").GetString();
        Assert.StartsWith("Generalised: country to region", cost);
        Assert.Contains($"; {suppressed} of {DemoReleaseFixture.Firms} firm records", cost);
        // Industry kept at sections splits 300 firms finely: when that costs more than the limit, the report says why.
        var within = suppressed <= Math.Floor(DemoReleaseFixture.Firms * 0.05);
        Assert.Equal(within, disclosure.RootElement.GetProperty("withinSuppressionLimit").GetBoolean());
        Assert.EndsWith(within ? "below k = 5." : "because of the requested levels.", cost);
        Assert.Equal(DemoReleaseFixture.Firms - suppressed, firms.Count - 1);
    }

    /// <summary>Every column reads back with the codebook's type, and the values are the CSV's.</summary>
    private static async Task AssertParquet(byte[] file, List<(string Name, string Type)> variables, List<string[]> csv)
    {
        await using var reader = await ParquetReader.CreateAsync(new MemoryStream(file));
        var fields = reader.Schema.GetDataFields();
        Assert.Equal(variables.Select(v => v.Name), fields.Select(f => f.Name));
        var row = 1;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = (int)group.RowCount;
            for (var c = 0; c < fields.Length; c++)
            {
                string?[] text;
                switch (variables[c].Type)
                {
                    case "Integer" when fields[c].IsNullable:
                        // Missing codes are nulls in Parquet and codes in the CSV.
                        var codes = new int?[n];
                        await group.ReadAsync(fields[c], codes.AsMemory());
                        for (var r = 0; r < n; r++) Assert.Equal(codes[r] is null, csv[row + r][c].StartsWith('-'));
                        text = [.. codes.Select((i, r) => i?.ToString(CultureInfo.InvariantCulture)
                            ?? csv[row + r][c])];
                        break;
                    case "Integer":
                        Assert.Equal(typeof(int), fields[c].ClrType);
                        var ints = new int[n];
                        await group.ReadAsync(fields[c], ints.AsMemory());
                        text = [.. ints.Select(i => i.ToString(CultureInfo.InvariantCulture))];
                        break;
                    case "Double":
                        Assert.Equal(typeof(double), fields[c].ClrType);
                        var doubles = new double?[n];
                        await group.ReadAsync(fields[c], doubles.AsMemory());
                        text = [.. doubles.Select(d => d?.ToString("R", CultureInfo.InvariantCulture) ?? "")];
                        break;
                    default:
                        var strings = new string?[n];
                        await group.ReadAsync(fields[c], strings.AsMemory());
                        text = [.. strings.Select(s => s ?? "")];
                        break;
                }
                for (var r = 0; r < n; r++) Assert.Equal(csv[row + r][c], text[r]);
            }
            row += n;
        }
        Assert.Equal(csv.Count, row);
    }
}
