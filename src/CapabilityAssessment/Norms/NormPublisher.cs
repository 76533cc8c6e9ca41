using CapabilityAssessment.Assessments;
using CapabilityAssessment.Benchmarks;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring;
using CapabilityAssessment.Scoring.Measurement;
using CapabilityAssessment.Storage;
using Marten;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CapabilityAssessment.Norms;

/// <summary>
/// Cuts a norm release of one instrument under the current scoring version, in one transaction that first takes the
/// aggregates' lock (benchmark_generation), so no closing changes anything while it runs: records what changed since
/// the last release, decides every cell (NormDisclosure) from the live aggregates, computes reliability and the
/// measurement-model report on a bounded sample (both kept from the last release while fewer than k firms changed),
/// stores the release, its report and its cells, and pins every closed profile that has no pin for this scoring
/// version. Nothing is published when nothing changed since the last release. A batch: no command timeout (the first
/// release of a large population records every firm once; later ones cost what changed).
/// </summary>
internal sealed class NormPublisher(IDocumentStore store, InstrumentCatalog catalog, PeerGroups groups,
    PeerMetrics metrics, IOptions<BenchmarkOptions> options, TimeProvider clock)
{
    private const int PinBatch = 500;

    public async Task<(NormRelease Release, bool Published)?> PublishAsync(string instrumentKey, CancellationToken ct)
    {
        var scoringVersion = ScoringEngine.ScoringVersion;
        await using var connection = await store.ConnectAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var lockAggregates = new NpgsqlCommand(
            $"SELECT generation FROM {store.Qualified("benchmark_generation")} WHERE id = 1 FOR UPDATE", connection))
            await lockAggregates.ExecuteScalarAsync(ct);
        await using var session = store.LightweightSession(Marten.Services.SessionOptions.ForTransaction(transaction));
        var previous = await NormReads.LatestAsync(store, connection, instrumentKey, scoringVersion, ct);
        var sequence = (previous?.Sequence ?? 0) + 1;
        var changes = new NormChanges(store, connection, instrumentKey, scoringVersion);
        if (await changes.RecordAsync(sequence, ct) == 0 && previous is not null)
        {
            await transaction.CommitAsync(ct);
            return (previous, false);
        }
        var current = await ReadAggregatesAsync(connection, instrumentKey, scoringVersion, ct);
        if (current.Count == 0 && previous is null)
        {
            await transaction.CommitAsync(ct);
            return null;
        }
        var prior = previous is null ? [] : await NormCells.ReadAsync(store, connection, previous.Id, null,
            bins: true, ct);
        var since = new Dictionary<long, Dictionary<(string, string), int>>();
        foreach (var basis in prior.Values.Select(c => c.Basis).OfType<long>().Distinct())
            since[basis] = await changes.CountSinceAsync(basis, ct);
        var cells = NormDisclosure.Decide(current, prior, (b, g, m) => since[b].GetValueOrDefault((g, m)), sequence,
            options.Value);
        var now = clock.GetUtcNow();
        var keep = previous is not null
            && await changes.FirmsChangedSinceAsync(previous.ReliabilitySequence, ct) < options.Value.K;
        var kept = keep ? await session.LoadAsync<MeasurementReport>(previous!.Id, ct) : null;
        var sample = kept is null ? await NormReliabilitySample.ComputeAsync(session, catalog, instrumentKey,
            ct) : default;
        var release = new NormRelease(Guid.NewGuid(), instrumentKey, scoringVersion, sequence,
            Label(previous, now), now, cells.FirstOrDefault(c => c.Group == PeerGroup.Everyone.Key
            && c.Metric == PeerMetrics.Firms && c.Released)?.Figures!.N ?? 0,
            options.Value.K, keep ? previous!.Reliability : sample.Reliability,
            keep ? previous!.ReliabilitySequence : sequence);
        await NormCells.WriteAsync(store, connection, release.Id, cells, ct);
        session.Store(release);
        session.Store(new MeasurementReport(release.Id, instrumentKey, release.Label, now,
            ConstructMeasurement.Estimator, MeasurementReports.Options.BootstrapReplicates,
            MeasurementReports.Options.ParallelReplicates,
            kept?.Constructs ?? sample.Models));
        await session.SaveChangesAsync(ct);
        await PinUnpinnedAsync(connection, transaction, release, cells.ToDictionary(c => (c.Group, c.Metric)), ct);
        await transaction.CommitAsync(ct);
        return (release, true);
    }

    private static string Label(NormRelease? previous, DateTimeOffset now)
    {
        var day = now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return previous?.Label is { } last && last.StartsWith(day, StringComparison.Ordinal)
            ? $"{day}.{(last.Length > day.Length ? int.Parse(last[(day.Length + 1)..]) + 1 : 2)}" : day;
    }

    private async Task<Dictionary<(string, string), Histogram>> ReadAggregatesAsync(NpgsqlConnection connection,
        string instrumentKey, string scoringVersion, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT dimension || '=' || value, metric, n, sum, sum_of_squares, bins FROM {store.Qualified(StoreTables.PeerStatistics)}
            WHERE instrument_key = $1 AND scoring_version = $2 AND n > 0
            """, connection) { CommandTimeout = 0 };
        command.Parameters.Add(new() { Value = instrumentKey });
        command.Parameters.Add(new() { Value = scoringVersion });
        var rows = new Dictionary<(string, string), Histogram>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            rows[(reader.GetString(0), reader.GetString(1))] = new Histogram(reader.GetInt32(2), reader.GetDouble(3),
                reader.GetDouble(4), reader.GetFieldValue<int[]>(5));
        return rows;
    }

    /// <summary>
    /// Profiles of this instrument and scoring version closed while no release existed (or re-scored since).
    /// </summary>
    private async Task PinUnpinnedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, NormRelease release,
        IReadOnlyDictionary<(string, string), NormCell> cells, CancellationToken ct)
    {
        var ids = new List<Guid>();
        await using (var command = new NpgsqlCommand($"""
            SELECT p.id FROM {store.Qualified(NormTables.Profiles)} p
            LEFT JOIN {store.Qualified(NormTables.Pins)} n ON n.id = p.id AND n.data->>'scoringVersion' = $2
            WHERE p.data->'instrument'->>'key' = $1 AND p.data->>'scoringVersion' = $2 AND n.id IS NULL
            """, connection) { CommandTimeout = 0 })
        {
            command.Parameters.Add(new() { Value = release.InstrumentKey });
            command.Parameters.Add(new() { Value = release.ScoringVersion });
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) ids.Add(reader.GetGuid(0));
        }
        foreach (var batch in ids.Chunk(PinBatch))
        {
            await using var session =
                store.LightweightSession(Marten.Services.SessionOptions.ForTransaction(transaction));
            var states = (await AssessmentReads.LatestManyAsync(session, batch, ct)).ToDictionary(a => a.Id);
            foreach (var profile in await session.LoadManyAsync<AssessmentProfile>(ct, batch))
                if (states.GetValueOrDefault(profile.Id) is { Status: AssessmentStatus.Closed } state
                    && catalog.Get(state.Instrument.Key, state.Instrument.Version) is { } instrument)
                    session.Store(NormPins.For(profile, instrument,
                        groups.MembershipsOf(state.Firm, state.StartedAt.Year), release, cells, metrics));
            await session.SaveChangesAsync(ct);
        }
    }
}
