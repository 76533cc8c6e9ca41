using CapabilityAssessment.Tests.Fieldwork;

namespace CapabilityAssessment.Tests.Exports;

/// <summary>
/// The attack of issue #16: two releases whose ends differ by milliseconds differed by exactly the firm submitted in
/// between, which dated it. With windows widened to whole months both hold the same firms, in a fresh random order
/// under fresh pseudonyms, so the difference of the two is empty and there is nothing to align.
/// </summary>
public sealed class releases_one_firm_apart(OwnDatabaseHost app) : IClassFixture<OwnDatabaseHost>
{
    private readonly ReleaseClient _client = new(app.Host);

    private async Task<List<string[]>> FirmRows(AssessmentClient researcher, DateTimeOffset from, DateTimeOffset to)
    {
        var release = await ReleaseClient.Finished(researcher,
            await ReleaseClient.RequestRelease(researcher, from, to));
        Assert.Equal("DONE", release.GetProperty("status").GetString());
        var download = await _client.Get(release.GetProperty("download").GetProperty("url").GetString()!, 200);
        using var body = new MemoryStream();
        await download.Context.Response.Body.CopyToAsync(body);
        return release_bundles.Csv(ReleaseClient.Unzip(body.ToArray())["firms.csv"]);
    }

    [Fact]
    public async Task two_releases_whose_ends_straddle_one_submission_hold_the_same_firms_and_differ_by_nothing()
    {
        var from = DateTimeOffset.UtcNow;
        await _client.CloseAssessments(6);
        var between = DateTimeOffset.UtcNow;
        await _client.CloseAssessments(1);
        var researcher = await _client.Researcher();

        var before = await FirmRows(researcher, from, between);
        var after = await FirmRows(researcher, from, DateTimeOffset.UtcNow.AddMilliseconds(10));

        Assert.Equal(8, before.Count); // header and all seven firms: the window is the whole month
        Assert.Equal(before.Count, after.Count);
        var firm = Array.IndexOf(before[0], "firm_pseudonym");
        IEnumerable<string> WithoutPseudonyms(List<string[]> rows) =>
            rows.Skip(1)
                .Select(r => string.Join(',', r.Where((_, i) => i != 0 && i != firm)))
                .Order(StringComparer.Ordinal);
        Assert.Equal(WithoutPseudonyms(before), WithoutPseudonyms(after));
        Assert.Empty(before.Skip(1).Select(r => r[0]).Intersect(after.Skip(1).Select(r => r[0])));
        Assert.Empty(before.Skip(1).Select(r => r[firm]).Intersect(after.Skip(1).Select(r => r[firm])));
    }
}
