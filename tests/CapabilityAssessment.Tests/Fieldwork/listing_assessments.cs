using System.Text.Json;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Fieldwork;

[Collection("app")]
public sealed class listing_assessments(AppFixture app)
{
    private const string List = """
        query($s: AssessmentStatus, $k: String, $f: Int, $a: String) {
          assessments(status: $s, instrumentKey: $k, first: $f, after: $a) {
            totalCount edges { cursor node { id instrumentKey status } } pageInfo { hasNextPage endCursor }
          }
        }
        """;

    private sealed record Page(int Total, Guid[] Ids, JsonElement[] Nodes, bool HasNext, string? EndCursor,
        string[] Cursors);

    /// <summary>
    /// A fresh organisation with three dcvn assessments (the first closed) and two orchestration ones, oldest first.
    /// </summary>
    private async Task<(AssessmentClient Consultant, Guid[] Ids)> Portfolio()
    {
        var consultant = await AssessmentClient.Consultant(app.Host, "list-" + Guid.NewGuid());
        var ids = new List<Guid>();
        foreach (var key in new[] { "dcvn", "dcvn", "orchestration", "dcvn", "orchestration" })
        {
            var (id, token) = await consultant.Start(key);
            ids.Add(id);
            if (ids.Count == 1) await AnswerEverythingAndSubmit(consultant.As(token));
        }
        return (consultant, [.. ids]);
    }

    private async Task AnswerEverythingAndSubmit(AssessmentClient respondent)
    {
        var dcvn = app.Host.Services.GetRequiredService<InstrumentCatalog>().Get("dcvn", 1)!;
        var answers = dcvn.Modules.SelectMany(m => m.Constructs).SelectMany(c => dcvn.FindConstruct(c)!.Items)
            .Select(item => (object)new { itemId = item.Id, value = 3 }).ToArray();
        Assert.Empty(AssessmentClient.Codes(await respondent.Save(2, answers)));
        await respondent.Data("mutation { submitResponse { version } }");
    }

    private static async Task<Page> Read(AssessmentClient consultant, string? status = null, string? key = null,
        int first = 20, string? after = null)
    {
        var page = (await consultant.Data(List, new { s = status, k = key, f = first, a = after }))
            .GetProperty("assessments");
        var edges = page.GetProperty("edges").EnumerateArray().ToArray();
        var nodes = edges.Select(e => e.GetProperty("node")).ToArray();
        var info = page.GetProperty("pageInfo");
        return new(page.GetProperty("totalCount").GetInt32(),
            [.. nodes.Select(n => n.GetProperty("id").GetGuid())], nodes, info.GetProperty("hasNextPage").GetBoolean(),
            info.GetProperty("endCursor").GetString(),
            [.. edges.Select(e => e.GetProperty("cursor").GetString()!)]);
    }

    [Fact]
    public async Task the_list_filters_by_status_and_by_instrument_newest_first()
    {
        var (consultant, ids) = await Portfolio();

        var closed = await Read(consultant, status: "CLOSED");
        Assert.Equal(1, closed.Total);
        Assert.Equal([ids[0]], closed.Ids);
        var open = await Read(consultant, status: "OPEN");
        Assert.Equal([ids[4], ids[3], ids[2], ids[1]], open.Ids);
        Assert.All(open.Nodes, n => Assert.Equal("OPEN", n.GetProperty("status").GetString()));

        var orchestration = await Read(consultant, key: "orchestration");
        Assert.Equal(2, orchestration.Total);
        Assert.Equal([ids[4], ids[2]], orchestration.Ids);
        Assert.Equal([ids[3], ids[1]], (await Read(consultant, status: "OPEN", key: "dcvn")).Ids);
        Assert.Equal(0, (await Read(consultant, status: "CLOSED", key: "orchestration")).Total);
        var literal = await consultant.Data("{ assessments(status: CLOSED) { edges { node { id status } } } }");
        Assert.Equal("CLOSED", literal.GetProperty("assessments").GetProperty("edges")[0].GetProperty("node")
            .GetProperty("status").GetString());
    }

    [Fact]
    public async Task the_list_pages_forward_from_each_end_cursor_and_counts_every_match()
    {
        var (consultant, ids) = await Portfolio();

        var first = await Read(consultant, first: 2);
        Assert.Equal((5, true), (first.Total, first.HasNext));
        Assert.Equal([ids[4], ids[3]], first.Ids);
        Assert.Equal(first.Cursors[^1], first.EndCursor);
        var second = await Read(consultant, first: 2, after: first.EndCursor);
        Assert.Equal([ids[2], ids[1]], second.Ids);
        var last = await Read(consultant, first: 2, after: second.EndCursor);
        Assert.Equal((5, false), (last.Total, last.HasNext));
        Assert.Equal([ids[0]], last.Ids);
        var beyond = await Read(consultant, first: 2, after: last.EndCursor);
        Assert.Equal((5, false, null), (beyond.Total, beyond.HasNext, beyond.EndCursor));
        Assert.Empty(beyond.Ids);
        Assert.Equal([ids[3]], (await Read(consultant, first: 1, after: first.Cursors[0], key: "dcvn")).Ids);
        Assert.Equal([ids[1], ids[0]], (await Read(consultant, after: second.Cursors[0])).Ids);
    }

    [Fact]
    public async Task an_assessment_started_between_two_pages_neither_repeats_nor_hides_a_row()
    {
        var (consultant, ids) = await Portfolio();
        var first = await Read(consultant, first: 2);

        var (newest, _) = await consultant.Start("dcvn");
        var rest = await Read(consultant, first: 10, after: first.EndCursor);

        Assert.Equal([ids[2], ids[1], ids[0]], rest.Ids);
        Assert.Equal(6, rest.Total);
        Assert.Equal(newest, (await Read(consultant, first: 1)).Ids[0]);
    }

    [Fact]
    public async Task assessments_started_within_one_microsecond_page_one_by_one_without_gaps_or_repeats()
    {
        // .NET times have 100 ns ticks, PostgreSQL's microseconds: rows that share a microsecond (or round to the next
        // one, ticks ending in 5) are ordered by id, and a cursor must name its row exactly in the database's terms.
        var organisation = "ticks-" + Guid.NewGuid();
        var at = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        var ticks = new long[] { 0, 0, 0, 4, 5, 5, 6, 15, 25, 9_999_995, 10_000_000, 10_000_005, 1 };
        await using (var session = app.Host.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            foreach (var t in ticks)
                session.Store(new AssessmentSummary(Guid.NewGuid(), organisation, "Tick Oy", "dcvn", 2, "OPEN", 1, 0,
                    at.AddTicks(t), at, null));
            await session.SaveChangesAsync();
        }
        var consultant = await AssessmentClient.Consultant(app.Host, organisation);

        var whole = await Read(consultant, first: 100);
        var walked = new List<Guid>();
        string? after = null;
        for (var page = 0; page < ticks.Length + 1; page++)
        {
            var one = await Read(consultant, first: 1, after: after);
            walked.AddRange(one.Ids);
            if (!one.HasNext) break;
            after = one.EndCursor;
        }

        Assert.Equal(ticks.Length, whole.Ids.Length);
        Assert.Equal(whole.Ids, walked);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    [InlineData(-1)]
    public async Task a_page_size_outside_1_to_100_is_invalid(int first)
    {
        var consultant = await AssessmentClient.Consultant(app.Host, "list-" + Guid.NewGuid());
        var body = await consultant.Send(List, new { f = first });
        Assert.Equal(["INVALID_PAGE"], AssessmentClient.Codes(body));
        Assert.Contains("'first' must be 1 to 100", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("")]
    [InlineData("YTE6MTIzOm5vdC1hLWd1aWQ")] // "a1:123:not-a-guid"
    public async Task an_after_that_is_not_a_cursor_of_this_list_is_invalid(string after)
    {
        var consultant = await AssessmentClient.Consultant(app.Host, "list-" + Guid.NewGuid());
        var body = await consultant.Send(List, new { a = after });
        Assert.Equal(["INVALID_CURSOR"], AssessmentClient.Codes(body));
        Assert.Equal("after", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("field").GetString());
    }

    [Fact]
    public async Task an_unknown_status_is_a_validation_error_and_an_unknown_instrument_is_not_found()
    {
        var consultant = await AssessmentClient.Consultant(app.Host, "list-" + Guid.NewGuid());

        Assert.Equal(["ARGUMENTS_OF_CORRECT_TYPE"],
            AssessmentClient.Codes(await consultant.Send("{ assessments(status: DONE) { totalCount } }")));
        Assert.Equal(["ARGUMENTS_OF_CORRECT_TYPE"],
            AssessmentClient.Codes(await consultant.Send("{ assessments(status: \"CLOSED\") { totalCount } }")));
        Assert.Equal(["INVALID_VALUE"], AssessmentClient.Codes(await consultant.Send(List, new { s = "DONE" })));
        var unknown = await consultant.Send(List, new { k = "no-such-instrument" });
        Assert.Equal(["INSTRUMENT_NOT_FOUND"], AssessmentClient.Codes(unknown));
        Assert.Equal("instrumentKey", unknown.GetProperty("errors")[0].GetProperty("extensions").GetProperty("field")
            .GetString());
    }
}
