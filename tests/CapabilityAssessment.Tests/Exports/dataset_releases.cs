using System.Security.Cryptography;
using System.Text.Json;
using CapabilityAssessment.Access;
using CapabilityAssessment.Exports.Releases;
using CapabilityAssessment.Exports;
using CapabilityAssessment.Storage;
using CapabilityAssessment.Tests.Fieldwork;
using JasperFx;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Exports;

/// <summary>
/// The service over a database of its own: release windows are whole months, so a
/// shared one would hold other tests' firms.
/// </summary>
public sealed class OwnDatabaseHost : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public Alba.IAlbaHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        // The tests release the month they close assessments in; CompleteMonthsOnly is tested on its own.
        Host = await AppFixture.StartAsync(_database.ConnectionString,
            new Dictionary<string, string?> { ["Exports:CompleteMonthsOnly"] = "false" });
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await _database.DisposeAsync();
    }
}

// One database per class: the one test that closes assessments sees only its own in this month's window.
public sealed class dataset_releases(OwnDatabaseHost app) : IClassFixture<OwnDatabaseHost>
{
    private readonly ReleaseClient _client = new(app.Host);

    private static byte[] Body(Alba.IScenarioResult result)
    {
        using var copy = new MemoryStream();
        result.Context.Response.Body.CopyTo(copy);
        return copy.ToArray();
    }

    private async Task<ExportAudit?> Audit(Guid id)
    {
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.LoadAsync<ExportAudit>(id);
    }

    [Fact]
    public async Task a_researcher_downloads_a_bundle_of_closed_assessments_whose_manifest_checksums_match()
    {
        var from = DateTimeOffset.UtcNow;
        await _client.CloseAssessments(6);
        var researcher = await _client.Researcher();
        var id = await ReleaseClient.RequestRelease(researcher, from, DateTimeOffset.UtcNow.AddMinutes(1));

        var release = await ReleaseClient.Finished(researcher, id);
        Assert.Equal("DONE", release.GetProperty("status").GetString());
        Assert.Equal(6, release.GetProperty("firmRows").GetInt64());
        Assert.Equal(6, release.GetProperty("responseRows").GetInt64());
        Assert.Equal(1.0, release.GetProperty("progress").GetDouble());
        Assert.Equal(5, release.GetProperty("disclosure").GetProperty("k").GetInt32());

        var download = await _client.Get(release.GetProperty("download").GetProperty("url").GetString()!, 200);
        Assert.StartsWith("attachment", download.Context.Response.Headers.ContentDisposition.ToString());
        var files = ReleaseClient.Unzip(Body(download));
        Assert.Equal(release_bundles.BundleFiles, files.Keys.Order(StringComparer.Ordinal));
        using var manifest = JsonDocument.Parse(files["manifest.json"]);
        var listed = manifest.RootElement.GetProperty("files").EnumerateArray()
            .ToDictionary(e => e.GetProperty("file").GetString()!, e => e.GetProperty("sha256").GetString());
        Assert.Equal(release_bundles.BundleFiles.Length - 1, listed.Count);
        foreach (var (file, sha) in listed) Assert.Equal(sha, Convert.ToHexStringLower(SHA256.HashData(files[file])));
        // The checksums GraphQL reports are the manifest's.
        Assert.Equal(listed, release.GetProperty("files").EnumerateArray()
            .ToDictionary(e => e.GetProperty("file").GetString()!, e => e.GetProperty("sha256").GetString()));

        var audit = await Audit(id);
        Assert.NotNull(audit);
        Assert.Equal("DONE", audit.Status);
        Assert.Equal(6, audit.FirmRows);
        Assert.Equal("dcvn", audit.Request.InstrumentKey);
        Assert.StartsWith("key:", audit.RequestedBy);
        Assert.Equal(release_bundles.BundleFiles.Length - 1, audit.Files!.Count);
    }

    [Fact]
    public async Task only_researchers_may_request_a_release()
    {
        var variables = new { k = "dcvn", f = DateTimeOffset.UtcNow.AddDays(-1), t = DateTimeOffset.UtcNow };
        var consultant = await AssessmentClient.Consultant(app.Host, "exporters");
        Assert.Equal(["FORBIDDEN"], AssessmentClient.Codes(await consultant.Send(ReleaseClient.Request, variables)));
        Assert.Equal(["UNAUTHENTICATED"], AssessmentClient.Codes(await consultant.As(null)
            .Send(ReleaseClient.Request, variables)));
    }

    [Fact]
    public async Task an_unknown_instrument_or_version_and_an_empty_or_inverted_range_are_refused()
    {
        var researcher = await _client.Researcher();
        var now = DateTimeOffset.UtcNow;
        Assert.Equal(["INSTRUMENT_NOT_FOUND"], AssessmentClient.Codes(
            await researcher.Send(ReleaseClient.Request, new { k = "nope", f = now.AddDays(-1), t = now })));
        Assert.Equal(["INSTRUMENT_NOT_FOUND"], AssessmentClient.Codes(await researcher.Send(ReleaseClient.Request,
            new { k = "dcvn", v = new[] { 999 }, f = now.AddDays(-1), t = now })));
        Assert.Equal(["INVALID_DATE_RANGE"], AssessmentClient.Codes(
            await researcher.Send(ReleaseClient.Request, new { k = "dcvn", f = now, t = now.AddDays(-1) })));
        Assert.Equal(["INVALID_DATE_RANGE"], AssessmentClient.Codes(
            await researcher.Send(ReleaseClient.Request, new { k = "dcvn", f = now, t = now })));
    }

    [Fact]
    public async Task only_the_requesting_researcher_or_an_admin_sees_a_release()
    {
        var researcher = await _client.Researcher();
        var id = await ReleaseClient.RequestRelease(researcher, new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2000, 2, 1, 0, 0, 0, TimeSpan.Zero));
        var other = await _client.Researcher();
        Assert.Equal(["RELEASE_NOT_FOUND"], AssessmentClient.Codes(await other.Send(ReleaseClient.Status, new { id })));
        var admin = new AssessmentClient(app.Host, await AssessmentClient.IssueKey(app.Host,
            PrincipalRole.Admin, null));
        Assert.Equal(id, (await admin.Data(ReleaseClient.Status, new { id })).GetProperty("datasetRelease")
            .GetProperty("id").GetGuid());
        Assert.Equal("EMPTY", (await ReleaseClient.Finished(researcher, id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task a_tampered_or_expired_link_is_refused_with_a_code()
    {
        var links = app.Host.Services.GetRequiredService<ReleaseLinks>();
        var id = Guid.NewGuid();
        var good = links.For(id).Url;

        async Task<string?> Refusal(string url) =>
            JsonDocument.Parse(Body(await _client.Get(url, 403))).RootElement.GetProperty("code").GetString();

        Assert.Equal(ExportCodes.BadSignature, await Refusal(good[..^4] + "0000"));
        Assert.Equal(ExportCodes.BadSignature, await Refusal(good.Replace("expires=", "expires=1")));
        Assert.Equal(ExportCodes.BadSignature, await Refusal($"/exports/{Guid.NewGuid()}" + good[good.IndexOf('?')..]));
        Assert.Equal(ExportCodes.LinkExpired, await Refusal(links.For(id, DateTimeOffset.UtcNow.AddMinutes(-1)).Url));
        // A valid link to a release that has no bundle finds nothing.
        await _client.Get(good, 404);
    }
}
