using CapabilityAssessment.Access;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Exports.Rows;
using CapabilityAssessment.Fieldwork;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring;
using CapabilityAssessment.Storage;
using JasperFx;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Exports.Rows;

// A database of its own: the backfill looks at every closed assessment of the instrument.
public sealed class export_rows_follow_assessments(ReleaseHost app) : IClassFixture<ReleaseHost>
{
    private IDocumentStore Store => app.Store;
    private AssessmentCommands Commands => app.Host.Services.GetRequiredService<AssessmentCommands>();
    private InstrumentCatalog Catalog => app.Host.Services.GetRequiredService<InstrumentCatalog>();

    private async Task<Guid> CloseThroughCommandsAsync()
    {
        var consultant = new Principal(PrincipalRole.Consultant, "key:test", "org-rows");
        var (start, link) = await Commands.StartAsync(consultant, "dcvn", 1,
            new FirmProfile("Rows Oy", "FI", "C", 30, "2m_10m", 2001),
            "en", "managing_director", default);
        var items = Catalog.Get("dcvn", 1)!.Items.Select((item, i) => new AnswerValue(item.Id, 1 + i % 5)).ToList();
        var respondent = link!.RespondentId;
        await Commands.DecideAsync(start.AssessmentId, (s, i) =>
            AssessmentRules.SaveAnswers(s, i, respondent, Guid.NewGuid(), s.Version, items, Commands.Now), default);
        var submitted = await Commands.DecideAsync(start.AssessmentId, (s, i) =>
            AssessmentRules.Submit(s, i, respondent, Commands.Now), default);
        Assert.True(submitted.Succeeded, string.Join("; ", submitted.Problems));
        return start.AssessmentId;
    }

    private async Task<(long StreamVersion, string ScoringVersion, double[] FirmScores)?> StoredAsync(Guid id)
    {
        await using var command = app.Host.Services.GetRequiredService<Npgsql.NpgsqlDataSource>()
            .CreateCommand("SELECT stream_version, scoring_version, firm_scores FROM export_rows WHERE " +
            "assessment_id = $1");
        command.Parameters.Add(new() { Value = id });
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? (reader.GetInt64(0), reader.GetString(1),
            PackedValues.Doubles(reader.GetFieldValue<byte[]>(2))) : null;
    }

    private async Task<Assessment> LoadAsync(Guid id) => (await Commands.LoadAsync(id, default))!;

    [Fact]
    public async Task closing_stores_the_row_with_the_profiles_scores_and_reopening_deletes_it_until_it_closes_again()
    {
        var id = await CloseThroughCommandsAsync();
        var closed = await LoadAsync(id);
        var stored = await StoredAsync(id);
        await using (var session = Store.QuerySession())
        {
            var profile = (await session.LoadAsync<AssessmentProfile>(id))!;
            Assert.Equal(closed.Version, stored!.Value.StreamVersion);
            // The profile keeps scores rounded (AssessmentProfile.Round); the export keeps them as computed.
            Assert.Equal(profile.Constructs[0].Score!.Value, stored.Value.FirmScores[0], 1e-6);
            Assert.Equal(profile.Overall.Score!.Value, stored.Value.FirmScores[^2], 1e-6);
        }

        await Commands.DecideAsync(id, (s, _) => AssessmentRules.Reopen(s, "a correction", "test",
            Commands.Now), default);
        Assert.Null(await StoredAsync(id));

        await Commands.DecideAsync(id, (s, _) => AssessmentRules.Close(s, "test", Commands.Now), default);
        Assert.Equal((await LoadAsync(id)).Version, (await StoredAsync(id))!.Value.StreamVersion);
    }

    [Fact]
    public async Task the_row_written_at_closing_is_the_row_rebuilt_from_the_events()
    {
        var id = await CloseThroughCommandsAsync();
        var rebuilt = ExportRow.From(await LoadAsync(id), Catalog.Get("dcvn", 1)!)!;
        await using var command = app.Host.Services.GetRequiredService<Npgsql.NpgsqlDataSource>().CreateCommand(
            "SELECT answers, respondent_scores, firm_scores, roles FROM export_rows WHERE assessment_id = $1");
        command.Parameters.Add(new() { Value = id });
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());

        Assert.Equal(rebuilt.Answers, PackedValues.Shorts(reader.GetFieldValue<byte[]>(0)));
        Assert.Equal(rebuilt.RespondentScores, PackedValues.Doubles(reader.GetFieldValue<byte[]>(1)));
        Assert.Equal(rebuilt.FirmScores, PackedValues.Doubles(reader.GetFieldValue<byte[]>(2)));
        Assert.Equal(rebuilt.Roles, reader.GetFieldValue<string[]>(3));
        Assert.Contains(rebuilt.Answers, a => a > 0);
    }

    [Fact]
    public async Task rows_missing_or_of_an_older_scoring_version_are_built_from_the_events_once()
    {
        // events only, as before export_rows existed
        await app.CloseAsync(3, new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero));
        var stale = await CloseThroughCommandsAsync();
        await using (var age = app.Host.Services.GetRequiredService<Npgsql.NpgsqlDataSource>()
            .CreateCommand("UPDATE export_rows SET scoring_version = 'old' WHERE assessment_id = $1"))
        {
            age.Parameters.Add(new() { Value = stale });
            await age.ExecuteNonQueryAsync();
        }

        var first = await ExportRowBackfill.EnsureAsync(Store, Catalog,
            app.Host.Services.GetRequiredService<ClosedRebuild>(), "dcvn", default);
        var again = await ExportRowBackfill.EnsureAsync(Store, Catalog,
            app.Host.Services.GetRequiredService<ClosedRebuild>(), "dcvn", default);

        Assert.True(first.Rebuilt >= 4, $"{first.Rebuilt} rebuilt");
        Assert.Equal(new ExportRowBackfill.Outcome(0, 0, 0), again);
        Assert.Equal(ScoringEngine.ScoringVersion, (await StoredAsync(stale))!.Value.ScoringVersion);
    }

    [Fact]
    public async Task a_row_written_before_rows_carried_the_firm_and_language_is_rebuilt_with_them()
    {
        var legacy = await CloseThroughCommandsAsync();
        // as Exports/Sql/0002 leaves it
        var sql = "UPDATE export_rows SET firm_id = NULL, language = NULL WHERE assessment_id = $1";
        await using (var strip = app.Host.Services.GetRequiredService<Npgsql.NpgsqlDataSource>().CreateCommand(sql))
        {
            strip.Parameters.Add(new() { Value = legacy });
            await strip.ExecuteNonQueryAsync();
        }

        var first = await ExportRowBackfill.EnsureAsync(Store, Catalog,
            app.Host.Services.GetRequiredService<ClosedRebuild>(), "dcvn", default);

        Assert.True(first.Rebuilt >= 1, $"{first.Rebuilt} rebuilt");
        var firm = (await AssessmentReads.LatestAsync(Store, legacy, default))!.FirmId;
        await using var command = app.Host.Services.GetRequiredService<Npgsql.NpgsqlDataSource>()
            .CreateCommand("SELECT firm_id, language FROM export_rows WHERE assessment_id = $1");
        command.Parameters.Add(new() { Value = legacy });
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal((firm, "en"), (reader.GetGuid(0), reader.GetString(1)));
    }

    [Fact]
    public async Task a_long_rebuild_reports_its_progress_between_batches()
    {
        // events only: every row is due
        await app.CloseAsync(1200, new DateTimeOffset(2025, 4, 1, 0, 0, 0, TimeSpan.Zero));
        var shares = new List<double>();

        var outcome = await ExportRowBackfill.EnsureAsync(Store, Catalog,
            app.Host.Services.GetRequiredService<ClosedRebuild>(), "dcvn", default, share =>
            { shares.Add(share); return Task.CompletedTask; });

        Assert.True(outcome.Rebuilt >= 1200, $"{outcome.Rebuilt} rebuilt");
        Assert.True(shares.Count >= 2, $"{shares.Count} reports");
        Assert.All(shares, share => Assert.InRange(share, 0.0, 1.0));
        Assert.Equal(shares.Order(), shares);
    }

    [Fact]
    public async Task a_row_left_by_a_reopening_that_did_not_delete_it_is_removed_before_the_next_release()
    {
        var id = await CloseThroughCommandsAsync();
        // As an instance of a version before export rows would reopen: the event alone.
        await using (var session = Store.LightweightSession())
        {
            session.Events.Append(id, new AssessmentReopened("a correction", "old instance", Commands.Now));
            await session.SaveChangesAsync();
        }
        Assert.NotNull(await StoredAsync(id));

        var outcome = await ExportRowBackfill.EnsureAsync(Store, Catalog,
            app.Host.Services.GetRequiredService<ClosedRebuild>(), "dcvn", default);

        Assert.Equal(1, outcome.Removed);
        Assert.Null(await StoredAsync(id));
    }

    [Fact]
    public async Task a_rebuild_from_events_read_before_a_reopening_never_brings_the_row_back()
    {
        var id = await CloseThroughCommandsAsync();
        var row = ExportRow.From(await LoadAsync(id), Catalog.Get("dcvn", 1)!)!;
        await Commands.DecideAsync(id, (s, _) => AssessmentRules.Reopen(s, "a correction", "test",
            Commands.Now), default);

        await using var session = Store.LightweightSession();
        ExportRowSql.QueueRebuild(session, row);
        await session.SaveChangesAsync();

        Assert.Null(await StoredAsync(id));
    }
}
