using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using CapabilityAssessment.Exports.Anonymisation;
using CapabilityAssessment.Exports.Rows;

namespace CapabilityAssessment.Exports.Bundle;

internal sealed record ManifestEntry(string File, long Bytes, string Sha256);

internal sealed record BundleResult(DisclosureReport Disclosure, long ResponseRows, long FirmRows,
    IReadOnlyList<ManifestEntry> Files);

/// <summary>
/// Writes a release bundle in two streaming passes over the source: the first counts quasi-identifier combinations and
/// plans k-anonymity, the second writes rows as they come (one firm's assessments in memory at a time, plus one Parquet
/// row group).
/// Files go to a temporary folder, then into one zip with a manifest of SHA-256 checksums.
/// </summary>
internal sealed class BundleWriter(
    ReleaseLayout layout, Func<string, int, string?> instrumentHash, IReadOnlyList<int> ageBounds,
    int k = KAnonymity.DefaultK, IReadOnlyList<QiChoice>? choices = null, ReleaseTerms? terms = null)
{
    /// <summary>
    /// Both passes over rows held in memory (small releases and tests): the assessments are grouped by firm and ordered
    /// by submission (as ExportRowReader orders them in SQL), the firms counted by their keys, then written.
    /// </summary>
    public async Task<BundleResult> WriteAsync(
        string release, Func<IAsyncEnumerable<ExportRow>> source, Stream zip, IProgress<long>? progress = null,
        CancellationToken ct = default)
    {
        var rows = new ReleaseCells(layout, ageBounds);
        var firms = new Dictionary<Guid, List<ExportRow>>();
        var order = new List<List<ExportRow>>();
        await foreach (var a in source().WithCancellation(ct))
        {
            if (!rows.Includes(a)) continue;
            if (!firms.TryGetValue(a.FirmId, out var assessments)) order.Add(firms[a.FirmId] = assessments = []);
            assessments.Add(a);
        }
        var histogram = new Dictionary<QiKey, long>();
        foreach (var assessments in order)
        {
            assessments.Sort((x, y) => x.SubmittedAt != y.SubmittedAt
                ? x.SubmittedAt.CompareTo(y.SubmittedAt) : x.AssessmentId.CompareTo(y.AssessmentId));
            var key = rows.FirmKey(assessments);
            histogram[key] = histogram.GetValueOrDefault(key) + 1;
        }
        return await WriteAsync(release, histogram, Rows(order), zip, progress, ct);
    }

    private static async IAsyncEnumerable<ExportRow> Rows(IEnumerable<List<ExportRow>> firms)
    {
        foreach (var row in firms.SelectMany(f => f)) yield return row;
        await Task.CompletedTask;
    }

    /// <summary>
    /// The second pass only, with the firms counted by their keys already (the release pipeline counts them in
    /// SQL). The source gives a firm's assessments one after another in submission order. A firm is released with
    /// all its assessments or not at all, numbered T0, T1, ... as written, so no release shows a gap where one was
    /// suppressed. The firms written are counted again: if they are not exactly the ones counted, the plan would
    /// not hold, and nothing is released.
    /// </summary>
    public async Task<BundleResult> WriteAsync(
        string release, IReadOnlyDictionary<QiKey, long> histogram, IAsyncEnumerable<ExportRow> source, Stream zip,
        IProgress<long>? progress = null, CancellationToken ct = default)
    {
        var rows = new ReleaseCells(layout, ageBounds);
        var stage = ReleaseStages.Start("plan");
        var plan = KAnonymity.Plan(QuasiIdentifiers.All, histogram, k, KAnonymity.DefaultMaxSuppression, choices);
        var disclosure = DisclosureReport.From(plan, histogram);
        // Per firm key counted: the firms seen, and their released values (null: suppressed), worked out once, not per
        // firm. Keyed by the counted keys, so the keys of the rows read are garbage at once, never kept.
        var seen = histogram.Keys.ToDictionary(key => key, key => new SeenClass(plan.Apply(key)));
        stage?.Dispose();

        var folder = Directory.CreateTempSubdirectory("release-");
        var hashes = new Dictionary<string, SHA256>();
        try
        {
            stage = ReleaseStages.Start("rows");
            long responseRows = 0, firmRows = 0;
            string Path(string name) => System.IO.Path.Combine(folder.FullName, name);
            // The table files are hashed as they are written: a CryptoStream over a hash passes the bytes through to
            // the file, so the manifest does not read a gigabyte of tables a second time.
            Stream Hashed(string file) =>
                new CryptoStream(File.Create(Path(file)), hashes[file] = SHA256.Create(), CryptoStreamMode.Write);
            await using (var tables = new TableLanes(
            [
                (new CsvTableWriter(Hashed("firms.csv"), rows.FirmShape), true),
                (new CsvTableWriter(Hashed("responses.csv"), rows.ResponseShape), false),
                (new ParquetTableWriter(Hashed("firms.parquet"), rows.FirmShape), true),
                (new ParquetTableWriter(Hashed("responses.parquet"), rows.ResponseShape), false),
            ], ct))
            using (var pseudonyms = Pseudonymiser.ForNewRelease())
            {
                var firm = new List<ExportRow>();
                async ValueTask WriteFirmAsync()
                {
                    if (!seen.TryGetValue(rows.FirmKey(firm), out var found))
                        throw new InvalidOperationException(NotCounted);
                    found.Records++;
                    if (found.Released is not { } generalised) return;
                    var (firmPseudonym, width) = (pseudonyms.FirmPseudonym(firm[0].FirmId), QuasiIdentifiers.All.Count);
                    for (var order = 0; order < firm.Count; order++)
                    {
                        var (a, values) = (firm[order], new ArraySegment<string>(generalised, order * width, width));
                        var id = pseudonyms.Pseudonym(a.AssessmentId);
                        await tables.AddAsync(rows.Firm(a, order, id, firmPseudonym, values),
                            rows.Responses(a, id, values));
                        responseRows += a.Respondents;
                        if (++firmRows % 1000 == 0) progress?.Report(firmRows);
                    }
                }
                await foreach (var a in source.WithCancellation(ct))
                {
                    if (!rows.Includes(a)) continue;
                    if (firm.Count > 0 && firm[0].FirmId != a.FirmId)
                    {
                        await WriteFirmAsync();
                        firm.Clear();
                    }
                    firm.Add(a);
                }
                if (firm.Count > 0) await WriteFirmAsync();
                await tables.CompleteAsync();
            }
            if (seen.Any(c => histogram[c.Key] != c.Value.Records)) throw new InvalidOperationException(NotCounted);
            stage?.Dispose();
            stage = ReleaseStages.Start("files");
            var codebook = Codebook.For(release, layout, instrumentHash, disclosure, ageBounds, responseRows, firmRows);
            var stated = terms ?? ReleaseTerms.Default;
            await File.WriteAllTextAsync(Path("codebook.json"), JsonSerializer.Serialize(codebook, Codebook.Json), ct);
            await File.WriteAllTextAsync(Path("codebook.md"), codebook.ToMarkdown(), ct);
            await File.WriteAllTextAsync(Path("codebook.xml"), DdiCodebook.For(codebook, stated), ct);
            await File.WriteAllTextAsync(Path("README.md"), BundleReadme.For(codebook, stated), ct);
            await File.WriteAllTextAsync(Path("release.R"), AnalysisScripts.R(codebook), ct);
            await File.WriteAllTextAsync(Path("release.py"), AnalysisScripts.Python(codebook), ct);
            foreach (var table in codebook.Tables)
                await File.WriteAllTextAsync(Path($"{table.Name}.sps"),
                    SpssSyntax.For(table, table.Name == "responses" ? codebook.Constructs : null), ct);
            await File.WriteAllTextAsync(Path("disclosure.json"),
                JsonSerializer.Serialize(disclosure, Codebook.Json), ct);
            var files = folder.EnumerateFiles().OrderBy(f => f.Name, StringComparer.Ordinal)
                .Select(f => Entry(f, hashes.GetValueOrDefault(f.Name)?.Hash)).ToList();
            await File.WriteAllTextAsync(Path("manifest.json"),
                JsonSerializer.Serialize(new { release, files }, Codebook.Json), ct);
            stage?.Dispose();
            stage = ReleaseStages.Start("zip");
            using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
                foreach (var file in folder.EnumerateFiles().OrderBy(f => f.Name, StringComparer.Ordinal))
                    // Parquet is compressed already (Snappy): deflating it again costs time and saves nothing.
                    await archive.CreateEntryFromFileAsync(file.FullName, file.Name,
                        file.Extension == ".parquet" ? CompressionLevel.NoCompression : CompressionLevel.Fastest, ct);
            return new BundleResult(disclosure, responseRows, firmRows, files);
        }
        finally
        {
            stage?.Dispose();
            foreach (var hash in hashes.Values) hash.Dispose();
            folder.Delete(recursive: true);
        }
    }

    private const string NotCounted =
        "The assessments read for the bundle are not the ones counted for k-anonymity; nothing was released. " +
        "Request the release again.";

    private sealed class SeenClass(string[]? released)
    {
        public string[]? Released => released;
        public long Records { get; set; }
    }

    /// <summary>The table files were hashed as they were written; the small files are hashed here.</summary>
    private static ManifestEntry Entry(FileInfo file, byte[]? sha256)
    {
        if (sha256 is null)
        {
            using var stream = file.OpenRead();
            sha256 = SHA256.HashData(stream);
        }
        return new ManifestEntry(file.Name, file.Length, Convert.ToHexStringLower(sha256));
    }
}
