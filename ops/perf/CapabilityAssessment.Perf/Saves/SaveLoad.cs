using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace CapabilityAssessment.Perf.Saves;

/// <summary>
/// Every respondent autosaves concurrently: batches of 1-3 answers, a new saveId each, expectedVersion from the
/// previous response, with a think time between saves (0: back to back). Latency is measured by the client on loopback,
/// from sending the request to reading the whole response; only requests started inside the measured window count.
/// </summary>
internal static class SaveLoad
{
    private const string Save =
        "mutation($s: ID!, $v: Long!, $a: [AnswerInput!]!) { saveAnswers(saveId: $s, expectedVersion: $v, answers: " +
        "$a) { version } }";

    private static long _sent;

    public static long Sent => Interlocked.Read(ref _sent);

    public sealed record Outcome(Latencies Latencies, double Seconds, IReadOnlyDictionary<string, int> Errors,
        string ServiceCpu = "")
    {
        public double Throughput => Latencies.Count / Seconds;
    }

    public static async Task<Outcome> RunAsync(GraphQLClient gql, IReadOnlyList<LoadRespondent> respondents,
        string[] items, int warmupSeconds, int seconds, int thinkMs)
    {
        var clock = Stopwatch.StartNew();
        var from = TimeSpan.FromSeconds(warmupSeconds);
        var until = from + TimeSpan.FromSeconds(seconds);
        var samples = new ConcurrentBag<List<double>>();
        var errors = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        await Task.WhenAll(respondents.Select((r, n) => Task.Run(async () =>
        {
            var mine = new List<double>(4096);
            samples.Add(mine);
            var random = new Random(n);
            if (thinkMs > 0) await Task.Delay(random.Next(thinkMs));
            while (clock.Elapsed < until)
            {
                var answers = random.GetItems(items, random.Next(1, 4)).Distinct()
                    .Select(id => new { itemId = id, value = random.Next(1, 6) }).ToArray();
                var started = clock.Elapsed;
                var body = await gql.SendAsync(Save, new { s = Guid.NewGuid(), v = r.Version, a = answers }, r.Token);
                var took = clock.Elapsed - started;
                Interlocked.Increment(ref _sent);
                var code = GraphQLClient.FirstErrorCode(body);
                if (code is null)
                    r.Version = body.GetProperty("data").GetProperty("saveAnswers").GetProperty("version").GetInt64();
                if (started >= from && started < until)
                {
                    mine.Add(took.TotalMilliseconds);
                    if (code is not null) errors.AddOrUpdate(code, 1, (_, c) => c + 1);
                }
                if (thinkMs > 0) await Task.Delay(thinkMs / 2 + random.Next(thinkMs + 1));
            }
        })));
        return new Outcome(new Latencies(samples.SelectMany(s => s)), seconds, errors);
    }

    public static string Describe(string phase, int respondents, int thinkMs, Outcome o) =>
        string.Create(CultureInfo.InvariantCulture,
        $"saves[{phase}]: respondents={respondents} think_ms={thinkMs} seconds={o.Seconds} " +
            $"requests={o.Latencies.Count} " +
        $"throughput={o.Throughput:F1} {o.Latencies.Summary()} " +
        $"errors={(o.Errors.Count == 0 ? "0" : string.Join(",", o.Errors.Select(e => $"{e.Key}:{e.Value}")))} " +
        $"{o.ServiceCpu}");
}
