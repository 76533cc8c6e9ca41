using System.Threading.Channels;

namespace CapabilityAssessment.Exports.Bundle;

/// <summary>
/// The table files of a release's second pass, written on lanes of their own: each lane (CSV, Parquet) takes the same
/// batches of rows on its own task, so formatting and encoding use every core while the reader fills the next batch.
/// Batches are bounded (a few per lane), so memory stays bounded whatever the speed of each lane. A failing lane stops
/// the others and its error is the one thrown.
/// </summary>
internal sealed class TableLanes : IAsyncDisposable
{
    private const int BatchSize = 256;
    private const int BatchesWaiting = 4;

    private sealed record Batch(List<TableRow> Firms, List<TableRow> Responses);

    private readonly Channel<Batch>[] _channels;
    private readonly Task[] _lanes;
    private readonly CancellationTokenSource _stop;
    private Batch _next = New();

    public TableLanes(IReadOnlyList<(ITableWriter Firms, ITableWriter Responses)> lanes, CancellationToken ct)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        _channels = [.. lanes.Select(_ => Channel.CreateBounded<Batch>(new BoundedChannelOptions(BatchesWaiting) { SingleReader = true, SingleWriter = true }))];
        _lanes = [.. lanes.Select((lane, i) => Task.Run(() => RunAsync(_channels[i].Reader, lane.Firms, lane.Responses)))];
    }

    public async ValueTask AddAsync(TableRow firm, IEnumerable<TableRow> responses)
    {
        _next.Firms.Add(firm);
        _next.Responses.AddRange(responses);
        if (_next.Firms.Count >= BatchSize) await PublishAsync();
    }

    /// <summary>Writes what is left and closes every file; throws the first lane's error, if any.</summary>
    public async Task CompleteAsync()
    {
        await PublishAsync();
        foreach (var channel in _channels) channel.Writer.TryComplete();
        await Task.WhenAll(_lanes);
    }

    private async ValueTask PublishAsync()
    {
        if (_next.Firms.Count == 0) return;
        var batch = _next;
        _next = New();
        try
        {
            foreach (var channel in _channels) await channel.Writer.WriteAsync(batch, _stop.Token);
        }
        catch (OperationCanceledException) when (_lanes.FirstOrDefault(l => l.IsFaulted) is { } failed)
        {
            await failed; // the lane's own error, not the cancellation it caused
        }
    }

    private async Task RunAsync(ChannelReader<Batch> batches, ITableWriter firms, ITableWriter responses)
    {
        try
        {
            await using (firms)
            await using (responses)
                await foreach (var batch in batches.ReadAllAsync(_stop.Token))
                {
                    foreach (var row in batch.Firms) await firms.WriteAsync(row, _stop.Token);
                    foreach (var row in batch.Responses) await responses.WriteAsync(row, _stop.Token);
                }
        }
        catch
        {
            await _stop.CancelAsync();
            throw;
        }
    }

    private static Batch New() => new(new List<TableRow>(BatchSize), new List<TableRow>(BatchSize));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        foreach (var channel in _channels) channel.Writer.TryComplete();
        try { await Task.WhenAll(_lanes); }
        catch { /* already thrown by CompleteAsync or AddAsync, or cancelled because the release failed elsewhere */ }
        _stop.Dispose();
    }
}
