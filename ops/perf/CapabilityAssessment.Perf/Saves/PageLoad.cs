using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CapabilityAssessment.Perf.Saves;

/// <summary>
/// GETs a module page of the form one request at a time (after 200 unmeasured ones, for the JIT) and times it on the
/// client over loopback, which is the server time plus a loopback round trip (the service sends no Server-Timing
/// header). Page weight: the HTML plus every stylesheet and script it links, as sent (no compression).
/// </summary>
internal static partial class PageLoad
{
    public static async Task<string> RunAsync(HttpClient http, IReadOnlyList<LoadRespondent> respondents, string module,
        int requests, int? servicePid)
    {
        var samples = new List<double>(requests);
        var html = "";
        TimeSpan? before = null;
        for (var i = -200; i < requests; i++)
        {
            if (i == 0) before = ProcessCpu.Used(servicePid);
            var path = $"/a/{respondents[Math.Abs(i) % respondents.Count].Token}/m/{module}";
            var clock = Stopwatch.StartNew();
            using var response = await http.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            var took = clock.Elapsed.TotalMilliseconds;
            response.EnsureSuccessStatusCode();
            if (i >= 0) samples.Add(took);
            html = body;
        }
        var cpu = ProcessCpu.PerRequest(before, ProcessCpu.Used(servicePid), requests);
        var htmlBytes = System.Text.Encoding.UTF8.GetByteCount(html);
        var assets = 0L;
        foreach (Match m in Assets().Matches(html)) assets += (await http.GetByteArrayAsync(m.Groups[1].Value)).Length;
        var latencies = new Latencies(samples);
        return string.Create(CultureInfo.InvariantCulture,
            $"page[/a/<token>/m/{module}]: requests={latencies.Count} sequential " +
                $"p50_ms={latencies.Percentile(50):F2} " +
            $"p95_ms={latencies.Percentile(95):F2} p99_ms={latencies.Percentile(99):F2} max_ms={latencies.Max:F2} " +
            $"html_bytes={htmlBytes} assets_bytes={assets} page_weight_bytes={htmlBytes + assets} {cpu}");
    }

    [GeneratedRegex(@"(?:href|src)=""(/[^""]+\.(?:css|js))""")]
    private static partial Regex Assets();
}
