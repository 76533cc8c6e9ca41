using System.Diagnostics;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Exports.Bundle;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Store;

namespace CapabilityAssessment.Exports.Releases;

/// <summary>
/// The work of one release, from the database to a zip, run by the background worker and the export benchmark alike: one
/// snapshot reader, a first pass that counts quasi-identifier combinations in SQL, then the streaming second pass of
/// <see cref="BundleWriter"/>. Progress is reported about once a second during the second pass, as 5-95 %.
/// </summary>
internal sealed class ReleasePipeline(DocumentStore store, InstrumentCatalog catalog, IReadOnlyList<int> ageBounds, int k)
{
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(1);

    // Two connections in one snapshot: turning stored JSON into text is most of PostgreSQL's work, and it then uses two cores.
    private const int ReadLanes = 2;

    public async Task<BundleResult> WriteAsync(
        string release, ReleaseRequest request, Stream zip, Func<double, CancellationToken, Task>? progress, CancellationToken ct)
    {
        var layout = new ReleaseLayout([.. request.Versions.Select(v => catalog.Get(request.InstrumentKey, v)
            ?? throw new InvalidOperationException($"Instrument {request.InstrumentKey} version {v} is not in the catalog."))]);
        var writer = new BundleWriter(layout, catalog.ContentHash, ageBounds, k);
        var rows = new ExportRows(layout, ageBounds);
        await using var reader = await ClosedAssessmentReader.OpenAsync(store, ct, lanes: ReadLanes);
        var histogram = await reader.CountQuasiIdentifiersAsync(request, rows.QuasiIdentifiers, ct);
        var total = histogram.Values.Sum();
        var tick = Stopwatch.StartNew();

        async IAsyncEnumerable<Assessment> Source()
        {
            long seen = 0;
            await foreach (var a in reader.ReadAsync(request, ct))
            {
                seen++;
                if (progress is not null && total > 0 && tick.Elapsed > ProgressEvery)
                {
                    tick.Restart();
                    await progress(0.05 + 0.9 * seen / total, ct);
                }
                yield return a;
            }
        }

        return await writer.WriteAsync(release, histogram, Source(), zip, null, ct);
    }
}
