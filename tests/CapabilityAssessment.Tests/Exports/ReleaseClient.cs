using System.IO.Compression;
using System.Text.Json;
using Alba;
using CapabilityAssessment.Access;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Tests.Fieldwork;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Exports;

/// <summary>Closed dcvn assessments, release requests and downloads through the real endpoints.</summary>
internal sealed class ReleaseClient(IAlbaHost host)
{
    public const string Request = """
        mutation($k: String!, $v: [Int!], $f: DateTimeOffset!, $t: DateTimeOffset!) {
          requestDatasetRelease(instrumentKey: $k, versions: $v, from: $f, to: $t) { id status versions } }
        """;

    public const string Status = """
        query($id: ID!) { datasetRelease(id: $id) {
          id status progress responseRows firmRows message
          disclosure { k records suppressed released emptyBecause generalisations }
          files { file bytes sha256 } download { url expiresAt } } }
        """;

    public async Task<AssessmentClient> Researcher() =>
        new(host, await AssessmentClient.IssueKey(host, PrincipalRole.Researcher, null));

    /// <summary>
    /// Closed assessments of one firm profile (so they share one quasi-identifier class),
    /// each with one submitted respondent.
    /// </summary>
    public async Task CloseAssessments(int count)
    {
        var dcvn = host.Services.GetRequiredService<InstrumentCatalog>().Get("dcvn", 1)!;
        var consultant = await AssessmentClient.Consultant(host, "exporters");
        for (var n = 0; n < count; n++)
        {
            var (_, token) = await consultant.Start();
            var respondent = consultant.As(token);
            var answers = dcvn.Items.Select((item, i) => (object)new { itemId = item.Id,
                value = (int?)(1 + (i + n) % 5) }).ToArray();
            Assert.Empty(AssessmentClient.Codes(await respondent.Save(2, answers)));
            await respondent.Data("mutation { submitResponse { version } }");
        }
    }

    public static async Task<Guid> RequestRelease(AssessmentClient researcher, DateTimeOffset from, DateTimeOffset to)
    {
        var data = await researcher.Data(Request, new { k = "dcvn", f = from, t = to });
        Assert.Equal("QUEUED", data.GetProperty("requestDatasetRelease").GetProperty("status").GetString());
        return data.GetProperty("requestDatasetRelease").GetProperty("id").GetGuid();
    }

    /// <summary>Polls until the release is finished; fails after 60 s rather than hang the suite.</summary>
    public static async Task<JsonElement> Finished(AssessmentClient researcher, Guid id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var release = (await researcher.Data(Status, new { id })).GetProperty("datasetRelease");
            if (release.GetProperty("status").GetString() is "DONE" or "EMPTY" or "FAILED") return release;
            Assert.True(DateTime.UtcNow < deadline, "the release did not finish within 60 s: " + release);
            await Task.Delay(200);
        }
    }

    public async Task<IScenarioResult> Get(string url, int status) => await host.Scenario(s =>
    {
        s.Get.Url(url.StartsWith("http", StringComparison.Ordinal) ? new Uri(url).PathAndQuery : url);
        s.StatusCodeShouldBe(status);
    });

    public static Dictionary<string, byte[]> Unzip(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(e => e.Name, e =>
            { using var s = e.Open(); using var m = new MemoryStream(); s.CopyTo(m); return m.ToArray(); });
    }
}
