using System.Text.Json;
using CapabilityAssessment.Exports.Releases;
using CapabilityAssessment.Exports;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Tests.Fieldwork;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Exports;

/// <summary>
/// Windows are whole months, an EMPTY release counts nothing, and overlapping requests are limited and audited.
/// </summary>
public sealed class release_windows(OwnDatabaseHost app) : IClassFixture<OwnDatabaseHost>
{
    private readonly ReleaseClient _client = new(app.Host);

    private const string RequestWithChoices = """
        mutation($k: String!, $f: DateTimeOffset!, $t: DateTimeOffset!, $q: [QuasiIdentifierChoice!]) {
          requestDatasetRelease(instrumentKey: $k, from: $f, to: $t, quasiIdentifiers: $q) { id status from to } }
        """;

    private static DateTimeOffset Month(int year, int month) => new(year, month, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task a_release_of_fewer_firms_than_k_ends_empty_saying_only_that_fewer_than_k_matched()
    {
        var from = DateTimeOffset.UtcNow;
        await _client.CloseAssessments(2);
        var researcher = await _client.Researcher();
        var id = await ReleaseClient.RequestRelease(researcher, from, DateTimeOffset.UtcNow.AddMinutes(1));

        var release = await ReleaseClient.Finished(researcher, id);
        Assert.Equal("EMPTY", release.GetProperty("status").GetString());
        Assert.Equal("Fewer than k = 5 firm records could be released for this request; nothing is released.",
            release.GetProperty("message").GetString());
        Assert.Equal(release.GetProperty("message").GetString(),
            release.GetProperty("disclosure").GetProperty("emptyBecause").GetString());
        Assert.Equal(0, release.GetProperty("disclosure").GetProperty("records").GetInt64());
        Assert.Equal(JsonValueKind.Null, release.GetProperty("download").ValueKind);
    }

    [Fact]
    public async Task a_window_widens_to_whole_months_so_ends_milliseconds_apart_ask_for_the_same_firms()
    {
        var researcher = await _client.Researcher();
        var to = new DateTimeOffset(2001, 3, 14, 9, 26, 53, TimeSpan.Zero);
        var a = (await researcher.Data(RequestWithChoices, new { k = "dcvn", f = to.AddDays(-20), t = to }))
            .GetProperty("requestDatasetRelease");
        var b = (await researcher.Data(RequestWithChoices, new { k = "dcvn", f = to.AddDays(-20),
            t = to.AddMilliseconds(10) })).GetProperty("requestDatasetRelease");

        foreach (var release in new[] { a, b })
        {
            Assert.Equal(Month(2001, 2), release.GetProperty("from").GetDateTimeOffset());
            Assert.Equal(Month(2001, 4), release.GetProperty("to").GetDateTimeOffset());
        }
        Assert.Equal(Month(2001, 4), MonthWindow.End(Month(2001, 4)));
    }

    [Fact]
    public async Task overlapping_requests_past_the_limit_are_refused_and_audited()
    {
        var researcher = await _client.Researcher();
        var ids = new List<Guid>();
        for (var n = 0; n < 3; n++)
            ids.Add(await ReleaseClient.RequestRelease(researcher, Month(2000, 1).AddDays(n), Month(2000, 2)));
        var refused = await researcher.Send(ReleaseClient.Request,
            new { k = "dcvn", f = Month(2000, 1), t = Month(2000, 3) });
        Assert.Equal([ExportCodes.ReleaseLimitReached], AssessmentClient.Codes(refused));
        // A window that overlaps none of them is still served.
        await ReleaseClient.RequestRelease(researcher, Month(2000, 5), Month(2000, 6));

        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        Assert.Equal(ids.Take(2), (await session.LoadAsync<ExportAudit>(ids[2]))!.Overlapping!);
        var audits = await session.Query<ExportAudit>().Where(a => a.Status == ExportAudit.Refused).ToListAsync();
        var audit = Assert.Single(audits, x => x.Request.From == Month(2000, 1) && x.Request.To == Month(2000, 3));
        Assert.Equal(ids, audit.Overlapping!);
        Assert.Contains("at most 3", audit.Message);
    }

    [Fact]
    public async Task an_unknown_quasi_identifier_or_level_is_refused_with_a_code()
    {
        var researcher = await _client.Researcher();
        var bad = new { k = "dcvn", f = Month(1999, 1), t = Month(1999, 2),
            q = new[] { new { variable = "country", minLevel = 5 } } };
        Assert.Equal(["INVALID_QUASI_IDENTIFIER"],
            AssessmentClient.Codes(await researcher.Send(RequestWithChoices, bad)));
        var good = new { k = "dcvn", f = Month(1999, 1), t = Month(1999, 2),
            q = new[] { new { variable = "industry", minLevel = 0 } } };
        Assert.Equal("QUEUED", (await researcher.Data(RequestWithChoices, good)).GetProperty("requestDatasetRelease")
            .GetProperty("status").GetString());
    }
}

/// <summary>
/// With Exports:CompleteMonthsOnly (the default) a window ends at the start of the current month at the latest.
/// </summary>
[Collection("app")]
public sealed class complete_months(AppFixture app)
{
    private InstrumentCatalog Catalog => app.Host.Services.GetRequiredService<InstrumentCatalog>();

    [Fact]
    public void a_window_into_the_current_month_ends_at_its_start_and_one_inside_it_is_refused()
    {
        var now = new DateTimeOffset(2026, 12, 6, 19, 0, 0, TimeSpan.Zero);
        var request = ExportFields.Validate(Catalog, "dcvn", null, now.AddMonths(-2), now.AddMinutes(1), null,
            completeBefore: now);
        Assert.Equal((new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero)), (request.From, request.To));

        var error = Assert.Throws<global::GraphQL.ExecutionError>(() =>
            ExportFields.Validate(Catalog, "dcvn", null, now.AddHours(-1), now.AddMinutes(1), null,
                completeBefore: now));
        Assert.Equal("INVALID_DATE_RANGE", error.Code);
        Assert.Contains("no complete month", error.Message);
    }

    [Fact]
    public async Task the_service_ends_windows_at_the_current_month_by_default()
    {
        var researcher = new AssessmentClient(app.Host, await AssessmentClient.IssueKey(app.Host,
            CapabilityAssessment.Access.PrincipalRole.Researcher, null));
        var refused = await researcher.Send(ReleaseClient.Request,
            new { k = "dcvn", f = DateTimeOffset.UtcNow.AddMinutes(-1), t = DateTimeOffset.UtcNow });
        Assert.Equal(["INVALID_DATE_RANGE"], AssessmentClient.Codes(refused));
    }
}
