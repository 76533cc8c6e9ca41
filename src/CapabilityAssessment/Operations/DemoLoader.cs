using System.Diagnostics;
using CapabilityAssessment.Access;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Fieldwork;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Storage;
using JasperFx;
using Marten;

namespace CapabilityAssessment.Operations;

/// <summary>
/// Writes the demo population through AssessmentCommands and the real rules, so events, profiles, firms and peer
/// aggregates are exactly what real use leaves behind. Each firm takes two commands: start, then one decision that
/// saves the answers and submits (the submit closes it, which writes the profile and the peer contribution). Firms load
/// in parallel; different streams never conflict, and the store groups their commits.
/// </summary>
internal sealed class DemoLoader(IDocumentStore store, Npgsql.NpgsqlDataSource dataSource, AssessmentCommands commands,
    InstrumentCatalog catalog, TextWriter output)
{
    public const string Organisation = "demo";
    private const string Role = "managing_director";
    private static readonly Principal Consultant = new(PrincipalRole.Consultant, "demo-loader", Organisation);

    private string Schema => $"\"{store.Options.DatabaseSchemaName}\"";

    /// <summary>
    /// The marker lives in a table only demo databases have (not a migration: real databases never get it).
    /// </summary>
    public async Task<DateTimeOffset?> LoadedAtAsync(CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand($"""
            CREATE TABLE IF NOT EXISTS {Schema}.demo_population (id int PRIMARY KEY, firms int NOT NULL, loaded_at timestamptz NOT NULL, note text NOT NULL);
            SELECT loaded_at FROM {Schema}.demo_population WHERE id = 1
            """);
        return await command.ExecuteScalarAsync(ct) is DateTime at ? new DateTimeOffset(at, TimeSpan.Zero) : null;
    }

    /// <summary>
    /// Loads the firms not yet there (an interrupted load resumes), then writes the marker. Returns firms written.
    /// </summary>
    public async Task<int> LoadAsync(int firms, int parallelism, CancellationToken ct)
    {
        var done = await ExistingNamesAsync(ct);
        var year = commands.Now.Year;
        var todo = Enumerable.Range(0, firms)
            .Select(i => DemoPopulation.Firm(i, year))
            .Where(f => !done.Contains(f.Profile.Name))
            .ToList();
        if (done.Count > 0)
            await output.WriteLineAsync($"resuming: {done.Count} demo firms already there, {todo.Count} to go");
        var dcvn = Versions("dcvn")
            ?? throw new InvalidOperationException("The dcvn instrument is missing from instruments/.");
        var orchestration = Versions("orchestration");
        var clock = Stopwatch.StartNew();
        var written = 0;
        await Parallel.ForEachAsync(todo, new ParallelOptions { MaxDegreeOfParallelism = parallelism,
            CancellationToken = ct }, async (firm, token) =>
        {
            var assessment = await AssessAsync(firm, dcvn.For(firm), null, token);
            // Some firms also took the second instrument: the same firm (by id), so it
            // stays one firm in its organisation.
            if (firm.AlsoOrchestration && orchestration is not null)
                await AssessAsync(firm, orchestration.For(firm),
                    (await commands.LoadAsync(assessment, token))!.FirmId, token);
            var count = Interlocked.Increment(ref written);
            if (count % 250 == 0 || count == todo.Count)
                lock (output)
                    output.WriteLine($"  {count}/{todo.Count} firms ({count / clock.Elapsed.TotalSeconds:F0} firms/s)");
        });
        return written;
    }

    /// <summary>
    /// The first and the latest published version of an instrument: a firm answers one of them (DemoVersions.For), so
    /// benchmarks show constructs the crosswalk pools across versions next to ones that start a new series.
    /// </summary>
    private DemoVersions? Versions(string key) =>
        catalog.Published().Where(d => d.Key == key).ToList() is { Count: > 0 } published
            ? new DemoVersions(published.MinBy(d => d.Version)!, published.MaxBy(d => d.Version)!)
            : null;

    /// <summary>
    /// Records the load (so a second run adds nothing) and issues the consultant key of organisation "demo".
    /// </summary>
    public async Task<string> CompleteAsync(int firms, CancellationToken ct)
    {
        var now = commands.Now;
        var (key, token) = ApiKeysCommand.Issue(PrincipalRole.Consultant, Organisation, "Demo consultant", now, null);
        await using (var session = store.LightweightSession())
        {
            session.Insert(key);
            await session.SaveChangesAsync(ct);
        }
        await using var command = dataSource.CreateCommand(
            $"INSERT INTO {Schema}.demo_population VALUES (1, $1, $2, 'Synthetic demo population: every firm is " +
                "invented.') ON CONFLICT (id) DO NOTHING");
        command.Parameters.Add(new() { Value = firms });
        command.Parameters.Add(new() { Value = now });
        await command.ExecuteNonQueryAsync(ct);
        return token;
    }

    private async Task<Guid> AssessAsync(DemoFirm firm, InstrumentDefinition instrument, Guid? firmId,
        CancellationToken ct)
    {
        var (start, link) = await commands.StartAsync(Consultant, instrument.Key, instrument.Version, firm.Profile,
            "en", Role, ct, firmId);
        Check(start, firm, "start");
        // A colleague for every role that answers constructs the managing director is not asked (e.g. dcvn v2's page
        // on the firm), invited before anyone submits, so the assessment closes once all of them have.
        var colleagues = new List<(Guid Respondent, string Role)>();
        foreach (var role in RolesBeyondTheDirector(instrument))
        {
            var (invited, colleague) = await commands.InviteAsync(start.AssessmentId, role, "demo", ct);
            Check(invited, firm, "invite " + role);
            colleagues.Add((colleague!.RespondentId, role));
        }
        await AnswerAsync(firm, instrument, start.AssessmentId, link!.RespondentId, Role, ct);
        foreach (var (colleague, role) in colleagues)
            await AnswerAsync(firm, instrument, start.AssessmentId, colleague, role, ct);
        return start.AssessmentId;
    }

    private static IEnumerable<string> RolesBeyondTheDirector(InstrumentDefinition instrument)
    {
        var asked = InstrumentForms.ModulesFor(instrument, Role).SelectMany(m => m.Constructs).ToHashSet();
        var added = new HashSet<string>();
        foreach (var role in instrument.Roles.Select(r => r.Key).Where(r => r != Role))
        {
            var more = InstrumentForms.ModulesFor(instrument, role)
                .SelectMany(m => m.Constructs)
                .Where(c => !asked.Contains(c))
                .ToList();
            if (more.Count == 0) continue;
            asked.UnionWith(more);
            added.Add(role);
        }
        return added;
    }

    private async Task AnswerAsync(DemoFirm firm, InstrumentDefinition instrument, Guid assessment, Guid respondent,
        string role, CancellationToken ct)
    {
        var answers = DemoPopulation.Answers(firm, instrument, role, instrument.Key.Length + role.Length);
        // One command, two real rules: save, then submit against the state the save
        // leaves (one append, one transaction).
        var submitted = await commands.DecideAsync(assessment, (state, pinned) =>
        {
            var saved = AssessmentRules.SaveAnswers(state, pinned, respondent, Guid.NewGuid(), state.Version, answers,
                commands.Now);
            if (!saved.IsAccepted) return saved;
            var next = state.ThenAll(saved.Events);
            var submit = AssessmentRules.Submit(next, pinned, respondent, commands.Now);
            return submit.IsAccepted ? new Decision([.. saved.Events, .. submit.Events], []) : submit;
        }, ct);
        Check(submitted, firm, "answer and submit as " + role);
    }

    private static void Check(CommandResult result, DemoFirm firm, string step)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"demo firm {firm.Index} ({step}): " +
                $"{string.Join("; ", result.Problems.Select(p => $"{p.Code}: {p.Message}"))}");
    }

    private async Task<HashSet<string>> ExistingNamesAsync(CancellationToken ct)
    {
        // Only firms whose dcvn assessment closed count as loaded; an interrupted one is
        // started again under the same name.
        await using var command = dataSource.CreateCommand($"""
            SELECT f.data->>'name' FROM {store.Qualified(StoreTables.Firms)} f
            WHERE f.data->>'organisationId' = $1
              AND EXISTS (SELECT 1 FROM {store.Qualified(StoreTables.PeerContributions)} c WHERE c.id = 'dcvn:' || f.id)
            """);
        command.Parameters.Add(new() { Value = Organisation });
        var names = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) names.Add(reader.GetString(0));
        return names;
    }
}
