using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Exports.Bundle;
using CapabilityAssessment.Instruments;
using Microsoft.Extensions.DependencyInjection;
using Parquet;
using Parquet.Schema;

namespace CapabilityAssessment.Tests.Exports;

[Collection("app")]
public sealed class release_bundles(AppFixture app)
{
    private InstrumentDefinition Dcvn => app.Host.Services.GetRequiredService<InstrumentCatalog>().Get("dcvn", 1)!;

    private async Task<(BundleResult Result, Dictionary<string, byte[]> Files, List<Assessment> Source)> Bundle(
        int count, int seed = 1)
    {
        var source = GeneratedAssessments.Make(Dcvn, count, seed).ToList();
        var writer = new BundleWriter(new ReleaseLayout([Dcvn]), (_, _) => "sha256:abc", [5, 10, 20]);
        using var zip = new MemoryStream();
        var rows = GeneratedAssessments.Rows(Dcvn, source);
        var result = await writer.WriteAsync("r1", () => GeneratedAssessments.Async(rows), zip);
        zip.Position = 0;
        using var archive = new ZipArchive(zip, ZipArchiveMode.Read);
        var files = archive.Entries.ToDictionary(e => e.Name, e =>
            { using var s = e.Open(); using var m = new MemoryStream(); s.CopyTo(m); return m.ToArray(); });
        return (result, files, source);
    }

    internal static readonly string[] BundleFiles =
    [
        "README.md", "codebook.json", "codebook.md", "codebook.xml", "disclosure.json", "firms.csv", "firms.parquet",
        "firms.sps",
        "manifest.json", "release.R", "release.py", "responses.csv", "responses.parquet", "responses.sps",
    ];

    internal static List<string[]> Csv(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"') { for (i++; i < text.Length
                && !(text[i] == '"' && (i + 1 >= text.Length || text[i + 1] != '"')); i++)
                { field.Append(text[i]); if (text[i] == '"') i++; } }
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && text[i + 1] == '\n')
                { i++; row.Add(field.ToString()); field.Clear(); rows.Add([.. row]); row.Clear(); }
            else field.Append(c);
        }
        return rows;
    }

    [Fact]
    public async Task a_bundle_holds_both_tables_in_csv_and_parquet_with_codebook_syntax_manifest_and_disclosure()
    {
        var (result, files, _) = await Bundle(200);
        Assert.Equal(BundleFiles, files.Keys.Order(StringComparer.Ordinal));
        using var manifest = JsonDocument.Parse(files["manifest.json"]);
        foreach (var entry in manifest.RootElement.GetProperty("files").EnumerateArray())
            Assert.Equal(entry.GetProperty("sha256").GetString(),
                Convert.ToHexStringLower(SHA256.HashData(files[entry.GetProperty("file").GetString()!])));
        Assert.Equal(BundleFiles.Length - 1, manifest.RootElement.GetProperty("files").GetArrayLength());
        Assert.True(result.FirmRows > 150 && result.ResponseRows >= result.FirmRows);
    }

    [Fact]
    public async Task the_parquet_files_read_back_with_the_right_types_and_the_csv_round_trips()
    {
        var (result, files, _) = await Bundle(120, seed: 2);
        var layout = new ReleaseLayout([Dcvn]);
        await using var reader = await ParquetReader.CreateAsync(new MemoryStream(files["responses.parquet"]));
        var fields = reader.Schema.GetDataFields();
        Assert.Equal(layout.Responses.Select(v => v.Name), fields.Select(f => f.Name));
        foreach (var (field, variable) in fields.Zip(layout.Responses))
        {
            // Parquet.Net 6 reports UTF-8 columns as ReadOnlyMemory<char>; integers without missing codes are required.
            Assert.Contains(field.ClrType, variable.Type switch
            {
                VariableType.Integer => [typeof(int)], VariableType.Double => [typeof(double)], _ =>
                    new[] { typeof(string), typeof(ReadOnlyMemory<char>) },
            });
            Assert.Equal(variable.Type != VariableType.Integer || variable.MissingCodes is not null, field.IsNullable);
        }

        var csv = Csv(files["responses.csv"]);
        Assert.Equal(layout.Responses.Select(v => v.Name), csv[0]);
        Assert.Equal(result.ResponseRows, csv.Count - 1);
        using var group = reader.OpenRowGroupReader(0);
        var n = (int)group.RowCount;
        Assert.Equal(result.ResponseRows, n);
        var ids = new string?[n];
        await group.ReadAsync(fields[0], ids.AsMemory());
        var item = new int?[n];
        var itemField = fields.First(f => f.Name.StartsWith("q_", StringComparison.Ordinal));
        await group.ReadAsync(itemField, item.AsMemory());
        Assert.StartsWith("-1 = Don't know", group.GetCustomMetadata(itemField)["missing_codes"]);
        var score = new double?[n];
        var scoreField = fields.First(f => f.Name.StartsWith("rs_", StringComparison.Ordinal));
        await group.ReadAsync(scoreField, score.AsMemory());
        var scoreColumn = Array.IndexOf(fields, scoreField);
        for (var r = 0; r < n; r++)
        {
            Assert.Equal(ids[r], csv[r + 1][0]);
            // Missing codes are nulls in Parquet, codes in the CSV.
            var code = int.Parse(csv[r + 1][Array.IndexOf(fields, itemField)],
                System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(code < 0 ? null : code, item[r]);
            Assert.Equal(score[r], csv[r + 1][scoreColumn] is "" ? null
                : double.Parse(csv[r + 1][scoreColumn], System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task no_identifier_column_or_value_appears_in_any_file()
    {
        var (_, files, source) = await Bundle(60, seed: 3);
        string[] forbidden = [GeneratedAssessments.FirmName, GeneratedAssessments.Organisation, "2026-03-14", "09:26",
            "token", "firm_id", "email"];
        using var codebook = JsonDocument.Parse(files["codebook.json"]);
        var columns = codebook.RootElement.GetProperty("tables").EnumerateArray()
            .SelectMany(t => t.GetProperty("variables").EnumerateArray()
                .Select(v => v.GetProperty("name").GetString()!)).ToList();
        Assert.Empty(columns.Intersect(["name", "firm_name", "firm_id", "organisation_id", "respondent_id", "token",
            "email", "contact", "started_at", "submitted_at", "comment"]));
        var guids = source.SelectMany(a => new[] { a.Id, a.FirmId }.Concat(a.Respondents.Select(r => r.Id))).ToList();
        foreach (var (file, bytes) in files)
        {
            var text = Encoding.UTF8.GetString(bytes);
            foreach (var f in forbidden)
                Assert.False(text.Contains(f, StringComparison.OrdinalIgnoreCase), $"{file} contains '{f}'");
            foreach (var g in guids)
                Assert.DoesNotContain(g.ToString("N")[..12], text.Replace("-", ""), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task every_released_firm_class_holds_at_least_k_firms()
    {
        var (result, files, _) = await Bundle(300, seed: 4);
        var csv = Csv(files["firms.csv"]);
        var qi = new[] { "country", "industry", "size_class", "age_class", "turnover_band", "respondent_roles",
            "language", "firm_assessments" }.Select(c => Array.IndexOf(csv[0], c)).ToArray();
        var classes = csv.Skip(1).GroupBy(r => string.Join('|', qi.Select(i => r[i]))).ToList();
        Assert.All(classes, c => Assert.True(c.Count() >= 5, c.Key));
        Assert.Equal(result.FirmRows, csv.Count - 1);
        Assert.Equal(result.Disclosure.Released, result.FirmRows);
        Assert.All(csv.Skip(1), r => Assert.Matches("^2026-0[34]$", r[Array.IndexOf(csv[0], "submission_month")]));
    }

    [Fact]
    public async Task records_that_differ_from_those_counted_for_k_anonymity_release_nothing()
    {
        var source = GeneratedAssessments.Rows(Dcvn, GeneratedAssessments.Make(Dcvn, 40, seed: 5));
        var writer = new BundleWriter(new ReleaseLayout([Dcvn]), (_, _) => "sha256:abc", [5, 10, 20]);
        var rows = new ReleaseCells(new ReleaseLayout([Dcvn]), [5, 10, 20]);
        // Counted without the last record, as if it closed between the two passes.
        var counted = source.SkipLast(1)
            .GroupBy(r => rows.QuasiIdentifiers(r, 1))
            .ToDictionary(g => g.Key, g => (long)g.Count());
        using var zip = new MemoryStream();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            writer.WriteAsync("r1", counted, GeneratedAssessments.Async(source), zip));
        Assert.Contains("nothing was released", error.Message);
        Assert.Equal(0, zip.Length);
    }
}
