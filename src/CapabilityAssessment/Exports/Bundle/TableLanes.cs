using System.Runtime.ExceptionServices;
using System.Threading.Channels;

namespace CapabilityAssessment.Exports.Bundle;

/// <summary>
/// The table files of a release's second pass, each written on a lane of its own: every lane takes the same batches of
/// rows on its own task (and writes the firms or the responses of each), so formatting and encoding use every core
/// while the reader fills the next batch. Batches are bounded (a few per lane), so memory stays bounded whatever the
/// speed of each lane. A failing lane stops the others and its error is the one thrown.
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
    // The first lane's error, kept before the others are stopped, so the cancellation
    // it causes is never what is thrown.
    private ExceptionDispatchInfo? _failure;

    public TableLanes(IReadOnlyList<(ITableWriter Writer, bool Firms)> lanes, CancellationToken ct)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        _channels = [.. lanes.Select(_ => Channel.CreateBounded<Batch>(new BoundedChannelOptions(BatchesWaiting)
            { SingleReader = true, SingleWriter = true }))];
        _lanes = [.. lanes.Select((lane, i) => Task.Run(() => RunAsync(_channels[i].Reader, lane.Writer, lane.Firms)))];
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
        try
        {
            await Task.WhenAll(_lanes);
        }
        catch when (_failure is not null)
        {
            _failure.Throw();
        }
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
        catch (OperationCanceledException) when (_failure is not null)
        {
            _failure.Throw();
        }
    }

    private async Task RunAsync(ChannelReader<Batch> batches, ITableWriter writer, bool firms)
    {
        try
        {
            await using (writer)
                await foreach (var batch in batches.ReadAllAsync(_stop.Token))
                    foreach (var row in firms ? batch.Firms : batch.Responses)
                        await writer.WriteAsync(row, _stop.Token);
        }
        catch (Exception e)
        {
            Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(e), null);
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
