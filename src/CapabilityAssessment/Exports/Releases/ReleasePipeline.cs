using System.Diagnostics;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Exports.Anonymisation;
using CapabilityAssessment.Exports.Bundle;
using CapabilityAssessment.Exports.Rows;
using CapabilityAssessment.Instruments;
using Marten;

namespace CapabilityAssessment.Exports.Releases;

/// <summary>
/// The work of one release, from the database to a zip, run by the background worker and the export benchmark alike:
/// the export rows brought up to date, one snapshot reader, a first pass that counts quasi-identifier combinations in
/// SQL, then the streaming second pass of <see cref="BundleWriter"/>. Progress is reported about once a second:
/// rebuilding export rows is 0-5 %, the second pass 5-95 %.
/// </summary>
internal sealed class ReleasePipeline(
    IDocumentStore store, InstrumentCatalog catalog, ClosedRebuild closing, IReadOnlyList<int> ageBounds, int k,
    Bundle.ReleaseTerms? terms = null)
{
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(1);

    public async Task<BundleResult> WriteAsync(
        string release, ReleaseRequest request, Stream zip, Func<double, CancellationToken, Task>? progress,
        CancellationToken ct)
    {
        var layout = new ReleaseLayout([.. request.Versions.Select(v => catalog.Get(request.InstrumentKey, v)
            ?? throw new InvalidOperationException($"Instrument {request.InstrumentKey} version {v} is not in " +
                "the catalog."))]);
        var writer = new BundleWriter(layout, catalog.ContentHash, ageBounds, k, request.QuasiIdentifiers, terms);
        var rows = new ReleaseCells(layout, ageBounds);
        // Rows missing or of an older scoring version are built first, so the snapshot holds every closed assessment
        // (0-5 % of the progress: usually nothing is due; after an upgrade, every assessment closed before it).
        var tick = Stopwatch.StartNew();
        using (ReleaseStages.Start("backfill"))
            await ExportRowBackfill.EnsureAsync(store, catalog, closing, request.InstrumentKey, ct, async share =>
            {
                if (progress is null || tick.Elapsed <= ProgressEvery) return;
                tick.Restart();
                await progress(0.05 * share, ct);
            });
        var stage = ReleaseStages.Start("count");
        await using var reader = await ExportRowReader.OpenAsync(store, ct);
        // The rows' query starts first, on the reader's second connection: the database sorts them while it counts.
        await using var rowsRead = reader.ReadAsync(request, ct).GetAsyncEnumerator(ct);
        var first = rowsRead.MoveNextAsync().AsTask();
        Dictionary<QiKey, long> histogram;
        try
        {
            histogram = await reader.CountQuasiIdentifiersAsync(request, rows.AgeBounds, rows.QuasiIdentifiers, ct);
        }
        catch
        {
            await first.ContinueWith(_ => { }, TaskScheduler.Default); // settled before the enumerator is disposed
            throw;
        }
        finally
        {
            stage?.Dispose();
        }
        // assessments, not firms
        var total = histogram.Sum(c => c.Value * c.Key.Assessments(QuasiIdentifiers.All.Count));
        tick.Restart();

        async IAsyncEnumerable<ExportRow> Source()
        {
            long seen = 0;
            for (var more = await first; more; more = await rowsRead.MoveNextAsync())
            {
                seen++;
                if (progress is not null && total > 0 && tick.Elapsed > ProgressEvery)
                {
                    tick.Restart();
                    await progress(0.05 + 0.9 * seen / total, ct);
                }
                yield return rowsRead.Current;
            }
        }

        return await writer.WriteAsync(release, histogram, Source(), zip, null, ct);
    }
}
