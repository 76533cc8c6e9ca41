using CapabilityAssessment.Exports.Bundle;
using CapabilityAssessment.Exports.Releases;
using CapabilityAssessment.Exports.Rows;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring;
using CapabilityAssessment.Storage;
using JasperFx;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Exports;

// A database of its own: the rows here name instruments that do not exist, which the
// shared one's rescoring would trip over.
public sealed class reading_export_rows(ReleaseHost app) : IClassFixture<ReleaseHost>
{
    private static readonly DateTimeOffset From = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = new(2025, 7, 1, 0, 0, 0, TimeSpan.Zero);

    // Each test has its own instrument key, so rows of other tests never match.
    private readonly string _key = $"reader-{Guid.NewGuid():N}"[..20];
    private IDocumentStore Store => app.Store;
    private InstrumentDefinition Dcvn => app.Host.Services.GetRequiredService<InstrumentCatalog>().Latest("dcvn")!;

    private ReleaseRequest Request(params int[] versions) => new(_key, versions, From, To);

    private async Task<Guid> Write(DateTimeOffset submitted, int version = 1, FirmAttributes? firm = null,
        string? key = null, string scoring = ScoringEngine.ScoringVersion, Guid? firmId = null, string language = "en")
    {
        var row = new ExportRow(Guid.CreateVersion7(), key ?? _key, version, scoring, 5, submitted, firmId
            ?? Guid.CreateVersion7(), language, firm ?? new FirmAttributes("FI", "C", 12, 2010, 2025, null),
            [50.0, double.NaN, 1.0], ["managing_director"], [3, -1, -3], [62.5]);
        await using var session = Store.LightweightSession();
        ExportRowSql.QueueStore(session, row);
        await session.SaveChangesAsync();
        return row.AssessmentId;
    }

    private static async Task<List<ExportRow>> All(ExportRowReader reader, ReleaseRequest request)
    {
        var all = new List<ExportRow>();
        await foreach (var row in reader.ReadAsync(request)) all.Add(row);
        return all;
    }

    [Fact]
    public async Task only_rows_of_the_versions_date_range_and_current_scoring_are_read_each_once_with_every_value()
    {
        var expected = new List<Guid> { await Write(From), await Write(To.AddTicks(-10)) };
        for (var i = 0; i < 8; i++) expected.Add(await Write(From.AddDays(1 + i)));
        await Write(From.AddTicks(-10));
        await Write(To);
        var second = await Write(From.AddDays(3), version: 2);
        await Write(From.AddDays(3), key: _key + "x");
        await Write(From.AddDays(3), scoring: "0.9");

        await using var reader = await ExportRowReader.OpenAsync(Store, default);
        var read = await All(reader, Request(1));

        Assert.Equal(expected.Order(), read.Select(r => r.AssessmentId).Order());
        var one = read[0];
        Assert.Equal([50.0, double.NaN, 1.0], one.FirmScores);
        Assert.Equal(["managing_director"], one.Roles);
        Assert.Equal([3, -1, -3], one.Answers.Select(a => (int)a));
        Assert.Equal([62.5], one.RespondentScores);
        Assert.Equal(new FirmAttributes("FI", "C", 12, 2010, 2025, null), one.Firm);
        Assert.Equal(expected.Append(second).Order(), (await All(reader, Request(1, 2)))
            .Select(r => r.AssessmentId).Order());
    }

    [Fact]
    public async Task a_firms_assessments_are_read_together_in_order_and_count_as_one_firm_and_firmless_rows_do_not()
    {
        var firm = Guid.CreateVersion7();
        var t1 = await Write(From.AddDays(9), firmId: firm, language: "fi");
        var t0 = await Write(From.AddDays(2), firmId: firm, language: "sv");
        await Write(From.AddDays(-2), firmId: firm); // before the window: neither counted nor ordered
        var alone = await Write(From.AddDays(5));
        var legacy = await Write(From.AddDays(6));
        await using (var connection = await Store.ConnectAsync(default))
        await using (var command = new Npgsql.NpgsqlCommand(
            $"UPDATE {Store.Qualified(StoreTables.ExportRows)} SET firm_id = NULL WHERE assessment_id = $1",
            connection))
        {
            command.Parameters.AddWithValue(legacy);
            await command.ExecuteNonQueryAsync();
        }

        await using var reader = await ExportRowReader.OpenAsync(Store, default);
        var read = await All(reader, Request(1));

        Assert.Equal(new[] { t0, t1, alone }.Order(), read.Select(r => r.AssessmentId).Order());
        var first = read.FindIndex(r => r.AssessmentId == t0);
        Assert.Equal(t1, read[first + 1].AssessmentId);
        Assert.Equal(("sv", "fi", firm), (read[first].Language, read[first + 1].Language, read[first + 1].FirmId));
        var rows = new ReleaseCells(new ReleaseLayout([Dcvn]), [5, 10, 20]);
        var counted = await reader.CountQuasiIdentifiersAsync(Request(1), rows.AgeBounds,
            rows.QuasiIdentifiers, default);
        // Two firms: one key of two assessments (language and count of each, in submission order), one of one.
        Assert.Equal(2, counted.Values.Sum());
        var twice = counted.Keys.Single(k => k.Values.Length == 16).Values;
        Assert.Equal(["sv", "2", "fi", "2"], [twice[6], twice[7], twice[14], twice[15]]);
        Assert.Equal(["en", "1"], counted.Keys.Single(k => k.Values.Length == 8).Values[6..]);
        Assert.Equal(rows.FirmKey([read[first], read[first + 1]]), counted.Keys.Single(k => k.Values.Length == 16));
    }

    [Fact]
    public async Task every_pass_of_one_reader_sees_the_same_rows_while_others_close()
    {
        var first = await Write(From.AddDays(1));
        await using var reader = await ExportRowReader.OpenAsync(Store, default);
        Assert.Equal([first], (await All(reader, Request(1))).Select(r => r.AssessmentId));

        var later = await Write(From.AddDays(2));

        Assert.Equal([first], (await All(reader, Request(1))).Select(r => r.AssessmentId));
        await using var fresh = await ExportRowReader.OpenAsync(Store, default);
        Assert.Equal(new[] { first, later }.Order(), (await All(fresh, Request(1)))
            .Select(r => r.AssessmentId).Order());
    }

    [Fact]
    public async Task rows_come_in_a_new_order_on_every_read_not_in_the_time_order_of_their_ids()
    {
        var written = new List<Guid>();
        for (var i = 0; i < 40; i++) written.Add(await Write(From.AddDays(1)));
        await using var reader = await ExportRowReader.OpenAsync(Store, default);

        var orders = new List<List<Guid>>();
        for (var i = 0; i < 3; i++) orders.Add([.. (await All(reader, Request(1))).Select(r => r.AssessmentId)]);

        // 40! orders: the chance that two reads, or a read and the id order, agree by accident is nil.
        Assert.All(orders, o => Assert.Equal(written.Order(), o.Order()));
        Assert.All(orders, o => Assert.NotEqual(written, o));
        Assert.NotEqual(orders[0], orders[1]);
        Assert.NotEqual(orders[1], orders[2]);
    }

    [Fact]
    public async Task the_quasi_identifiers_counted_in_sql_are_those_of_the_rows_read()
    {
        var random = new Random(5);
        string[] countries = ["FI", "SE", "EE"];
        string?[] bands = ["under_2m", "over_50m", null];
        for (var i = 0; i < 24; i++)
            await Write(From.AddDays(random.Next(25)), firm: new FirmAttributes(countries[random.Next(3)],
                i % 2 == 0 ? "C" : "J", i % 5 == 0 ? 900 : random.Next(1, 400),
                random.Next(4) == 0 ? null : random.Next(1990, 2025), 2025, bands[random.Next(3)]));
        // The edges of every class: no headcount, a negative one, each bound and one
        // below it; founded later than started.
        int?[] headcounts = [null, -1, 0, 9, 10, 49, 50, 249, 250];
        int?[] founded = [null, 2026, 2025, 2021, 2020, 2016, 2015, 2006, 2005];
        for (var i = 0; i < headcounts.Length; i++)
            await Write(From.AddDays(1), firm: new FirmAttributes("FI", "C", headcounts[i], founded[i], 2025, null));
        // Firms assessed twice, with values missing and a language that changed: one key of both assessments each.
        for (var i = 0; i < 3; i++)
        {
            var firm = Guid.CreateVersion7();
            await Write(From.AddDays(2 + i), firm: new FirmAttributes(null, "C", null, null, 2025, null), firmId: firm,
                language: "fi");
            await Write(From.AddDays(9), firm: new FirmAttributes("FI", null, 12, 2010, 2025, "over_50m"),
                firmId: firm);
        }
        var rows = new ReleaseCells(new ReleaseLayout(
            [app.Host.Services.GetRequiredService<InstrumentCatalog>().Get("dcvn", 1)!]), [5, 10, 20]);
        await using var reader = await ExportRowReader.OpenAsync(Store, default);

        var counted = await reader.CountQuasiIdentifiersAsync(Request(1), rows.AgeBounds,
            rows.QuasiIdentifiers, default);
        var read = (await All(reader, Request(1))).GroupBy(r => r.FirmId).Select(f => rows.FirmKey([.. f]))
            .GroupBy(k => k).ToDictionary(g => g.Key, g => (long)g.Count());

        Assert.Equal(36, counted.Values.Sum());
        Assert.Equal(3, counted.Where(c => c.Key.Values.Length == 16).Sum(c => c.Value));
        Assert.Equal(read.OrderBy(c => c.Key.ToString()), counted.OrderBy(c => c.Key.ToString()));
        Assert.Contains(counted.Keys, k => k.Values[2] == "large");
    }
}
