using System.Text.Json;
using CapabilityAssessment.Instruments;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Assessments;

[Collection("app")]
public sealed class listing_assessments(AppFixture app)
{
    private const string List = """
        query($s: String, $k: String, $f: Int, $o: Int) {
          assessments(status: $s, instrumentKey: $k, first: $f, offset: $o) { totalCount items { id instrumentKey status } }
        }
        """;

    /// <summary>A fresh organisation with three dcvn assessments (the first closed) and two orchestration ones, oldest first.</summary>
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

    private static async Task<(int Total, Guid[] Ids, JsonElement[] Items)> Page(AssessmentClient consultant, string? status = null,
        string? key = null, int first = 20, int offset = 0)
    {
        var page = (await consultant.Data(List, new { s = status, k = key, f = first, o = offset })).GetProperty("assessments");
        var items = page.GetProperty("items").EnumerateArray().ToArray();
        return (page.GetProperty("totalCount").GetInt32(), [.. items.Select(i => i.GetProperty("id").GetGuid())], items);
    }

    [Fact]
    public async Task the_list_filters_by_status_and_by_instrument_newest_first()
    {
        var (consultant, ids) = await Portfolio();

        var closed = await Page(consultant, status: "CLOSED");
        Assert.Equal(1, closed.Total);
        Assert.Equal([ids[0]], closed.Ids);
        var open = await Page(consultant, status: "open");
        Assert.Equal([ids[4], ids[3], ids[2], ids[1]], open.Ids);
        Assert.All(open.Items, i => Assert.Equal("OPEN", i.GetProperty("status").GetString()));

        var orchestration = await Page(consultant, key: "orchestration");
        Assert.Equal(2, orchestration.Total);
        Assert.Equal([ids[4], ids[2]], orchestration.Ids);
        var openDcvn = await Page(consultant, status: "OPEN", key: "dcvn");
        Assert.Equal([ids[3], ids[1]], openDcvn.Ids);
        Assert.Equal(0, (await Page(consultant, status: "CLOSED", key: "orchestration")).Total);
    }

    [Fact]
    public async Task the_list_pages_with_first_and_offset_and_counts_every_match()
    {
        var (consultant, ids) = await Portfolio();

        var first = await Page(consultant, first: 2);
        Assert.Equal(5, first.Total);
        Assert.Equal([ids[4], ids[3]], first.Ids);
        var second = await Page(consultant, first: 2, offset: 2);
        Assert.Equal([ids[2], ids[1]], second.Ids);
        var last = await Page(consultant, first: 2, offset: 4);
        Assert.Equal([ids[0]], last.Ids);
        var beyond = await Page(consultant, first: 2, offset: 10);
        Assert.Equal(5, beyond.Total);
        Assert.Empty(beyond.Ids);
        var dcvnPage = await Page(consultant, key: "dcvn", first: 1, offset: 1);
        Assert.Equal(3, dcvnPage.Total);
        Assert.Equal([ids[1]], dcvnPage.Ids);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(101, 0)]
    [InlineData(10, -1)]
    public async Task a_page_outside_the_limits_is_invalid(int first, int offset)
    {
        var consultant = await AssessmentClient.Consultant(app.Host, "list-" + Guid.NewGuid());
        var body = await consultant.Send(List, new { s = (string?)null, k = (string?)null, f = first, o = offset });
        Assert.Equal(["INVALID_PAGE"], AssessmentClient.Codes(body));
    }
}
