using CapabilityAssessment.Assessments;
using CapabilityAssessment.Exports.Bundle;
using CapabilityAssessment.Exports.Releases;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Store;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Exports;

// A database of its own: these assessments pin instruments that do not exist, which the shared one's rescoring would trip over.
public sealed class reading_closed_assessments(ReleaseHost app) : IClassFixture<ReleaseHost>
{
    private static readonly DateTimeOffset From = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = new(2025, 7, 1, 0, 0, 0, TimeSpan.Zero);

    // Each test has its own instrument key, so assessments of other tests never match.
    private readonly string _key = $"reader-{Guid.NewGuid():N}"[..20];
    private DocumentStore Store => app.Store;

    private ReleaseRequest Request(params int[] versions) => new(_key, versions, From, To);

    /// <summary>An assessment with one respondent who submitted at the given time; closed unless told otherwise.</summary>
    private async Task<Guid> Write(DateTimeOffset submitted, int version = 1, bool close = true, bool reopen = false, FirmProfile? firm = null,
        FirmProfile? changedTo = null, params object[] more)
    {
        var id = Guid.NewGuid();
        var respondent = Guid.NewGuid();
        var events = new List<object>
        {
            new AssessmentStarted(id, Guid.NewGuid(), new InstrumentRef(_key, version, "hash"), firm ?? new FirmProfile("Reader Oy", "FI", "C", 12),
                "en", "org", "test", submitted.AddDays(-2)),
            new RespondentInvited(respondent, "managing_director", "test", submitted.AddDays(-2)),
            new AnswersSaved(respondent, Guid.NewGuid(), [new AnswerValue("x", 3)], submitted.AddDays(-1)),
        };
        if (changedTo is not null) events.Add(new FirmProfileSaved(respondent, changedTo, submitted.AddDays(-1)));
        events.AddRange(more.Select(e => e is AnswersSaved saved ? saved with { RespondentId = respondent } : e));
        events.Add(new ResponseSubmitted(respondent, submitted));
        if (close) events.Add(new AssessmentClosed("test", true, submitted));
        if (reopen) events.Add(new AssessmentReopened("a correction", "test", submitted.AddHours(1)));
        await using var session = Store.LightweightSession();
        session.Events.StartStream<Assessment>(id, [.. events]);
        await session.SaveChangesAsync();
        return id;
    }

    private static async Task<List<Assessment>> All(ClosedAssessmentReader reader, ReleaseRequest request)
    {
        var all = new List<Assessment>();
        await foreach (var a in reader.ReadAsync(request)) all.Add(a);
        return all;
    }

    [Fact]
    public async Task pages_of_three_return_each_closed_assessment_of_the_range_and_versions_exactly_once()
    {
        var expected = new List<Guid> { await Write(From), await Write(To.AddTicks(-10)) };
        for (var i = 0; i < 8; i++) expected.Add(await Write(From.AddDays(1 + i)));
        await Write(From.AddTicks(-10));
        await Write(To);
        await Write(From.AddDays(3), version: 2);
        await Write(From.AddDays(3), close: false);
        await Write(From.AddDays(3), reopen: true);

        await using var reader = await ClosedAssessmentReader.OpenAsync(Store, default, pageSize: 3);
        var read = await All(reader, Request(1));
        await using var twoLanes = await ClosedAssessmentReader.OpenAsync(Store, default, pageSize: 2, lanes: 2);

        Assert.Equal(expected.Order(), read.Select(a => a.Id).Order());
        Assert.Equal(expected.Order(), (await All(twoLanes, Request(1))).Select(a => a.Id).Order());
        Assert.All(read, a => Assert.Equal(AssessmentStatus.Closed, a.Status));
        Assert.Equal("x", Assert.Single(read[0].Respondents).Answers.Keys.Single());
        Assert.Equal(11, (await All(reader, Request(1, 2))).Count);
    }

    [Fact]
    public async Task every_pass_of_one_reader_sees_the_same_assessments_while_others_close()
    {
        var first = await Write(From.AddDays(1));
        await using var reader = await ClosedAssessmentReader.OpenAsync(Store, default, pageSize: 1);
        Assert.Equal([first], (await All(reader, Request(1))).Select(a => a.Id));

        await using var lanes = await ClosedAssessmentReader.OpenAsync(Store, default, pageSize: 1, lanes: 3);
        var later = await Write(From.AddDays(2));

        Assert.Equal([first], (await All(reader, Request(1))).Select(a => a.Id));
        Assert.Equal([first], (await All(lanes, Request(1))).Select(a => a.Id));
        await using var fresh = await ClosedAssessmentReader.OpenAsync(Store, default);
        Assert.Equal(new[] { first, later }.Order(), (await All(fresh, Request(1))).Select(a => a.Id).Order());
    }

    [Fact]
    public async Task saved_answers_fold_as_the_assessment_itself_folds_them()
    {
        object[] saves =
        [
            new AnswersSaved(Guid.Empty, Guid.NewGuid(), [new AnswerValue("y", null, DontKnow: true), new AnswerValue("z", 5)], From),
            new AnswersSaved(Guid.Empty, Guid.NewGuid(), [new AnswerValue("x", null), new AnswerValue("z", 2)], From),
        ];
        var id = await Write(From.AddDays(1), more: saves);
        await using var reader = await ClosedAssessmentReader.OpenAsync(Store, default);
        var read = Assert.Single(await All(reader, Request(1)));

        await using var session = Store.QuerySession();
        var folded = await session.Events.AggregateStreamAsync<Assessment>(id);
        Assert.Equal(folded!.Version, read.Version);
        Assert.Equal(folded.Respondents[0].Answers.OrderBy(a => a.Key), read.Respondents[0].Answers.OrderBy(a => a.Key));
        Assert.Equal(folded.Respondents[0].SaveIds.Order(), read.Respondents[0].SaveIds.Order());
        Assert.Equal(["y", "z"], read.Respondents[0].Answers.Keys.Order());
    }

    [Fact]
    public async Task the_quasi_identifiers_counted_in_sql_are_those_of_the_assessments_read()
    {
        var random = new Random(5);
        string[] countries = ["FI", "SE", "EE"];
        string?[] bands = ["under_2m", "over_50m", null];
        for (var i = 0; i < 24; i++)
        {
            var firm = new FirmProfile("Counted Oy", countries[random.Next(3)], i % 2 == 0 ? "C" : "J", random.Next(1, 400),
                bands[random.Next(3)], random.Next(4) == 0 ? null : random.Next(1990, 2025));
            await Write(From.AddDays(random.Next(25)), firm: firm, changedTo: i % 5 == 0 ? firm with { Country = "DE", Employees = 900 } : null);
        }
        var rows = new ExportRows(new ReleaseLayout([app.Host.Services.GetRequiredService<InstrumentCatalog>().Latest("dcvn")!]), [5, 10, 20]);
        await using var reader = await ClosedAssessmentReader.OpenAsync(Store, default);

        var counted = await reader.CountQuasiIdentifiersAsync(Request(1), rows.QuasiIdentifiers, default);
        var read = (await All(reader, Request(1))).GroupBy(rows.QuasiIdentifiers).ToDictionary(g => g.Key, g => (long)g.Count());

        Assert.Equal(24, counted.Values.Sum());
        Assert.Equal(read.OrderBy(c => c.Key.ToString()), counted.OrderBy(c => c.Key.ToString()));
        Assert.Contains(counted.Keys, k => k.Values[0] == "DE" && k.Values[2] == "large");
    }
}
