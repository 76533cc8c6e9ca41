using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CapabilityAssessment.Perf.Saves;

namespace CapabilityAssessment.Perf.Crash;

/// <summary>
/// The `crash` subcommand: respondents autosave like in the `saves` load until the stop file appears, while
/// ops/crash-saves kills and restarts the service underneath them. A save that fails for want of a service (refused
/// or reset connection, timeout, 5xx, DATABASE_UNAVAILABLE) is resent unchanged, with the same saveId, until it is
/// acknowledged; every acknowledged save is written to the acks file for the script to check against the database.
/// </summary>
internal static class CrashClient
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = CrashOptions.Parse(args);
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = 1024 })
        {
            BaseAddress = options.Url,
            Timeout = TimeSpan.FromSeconds(30),
        };
        var gql = new GraphQLClient(http);
        string[] items = [.. await SavesSetup.ItemIdsAsync(gql, options.Instrument, "managing_director")];
        var respondents = await SavesSetup.StartAsync(gql, options.Instrument, options.Assessments);
        var acks = new ConcurrentQueue<AcknowledgedSave>();
        var tally = new CrashTally();
        Console.WriteLine($"saving: respondents={respondents.Count} items_per_respondent={items.Length}");

        var clock = Stopwatch.StartNew();
        bool Stopping() => File.Exists(options.StopFile) || clock.Elapsed.TotalSeconds > options.MaxSeconds;
        await Task.WhenAll(respondents.Select((r, n) => Task.Run(async () =>
        {
            var random = new Random(n);
            await Task.Delay(random.Next(options.ThinkMs + 1));
            while (!Stopping())
            {
                var answers = random.GetItems(items, random.Next(1, 4))
                    .Distinct()
                    .ToDictionary(id => id, _ => random.Next(1, 6));
                var save = new ResentSave(gql, r, Guid.NewGuid(), answers, tally);
                if (await save.UntilAnsweredAsync(TimeSpan.FromSeconds(options.GiveUpSeconds)) is { } version)
                {
                    r.Version = version;
                    acks.Enqueue(new AcknowledgedSave(save.SaveId, r.AssessmentId, answers, save.Attempts));
                }
                await Task.Delay(options.ThinkMs / 2 + random.Next(options.ThinkMs + 1));
            }
        })));

        await File.WriteAllLinesAsync(options.AcksFile, acks.Select(a =>
            $"{a.SaveId}\t{a.AssessmentId}\t{JsonSerializer.Serialize(a.Answers)}\t{a.Attempts}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"client: seconds={clock.Elapsed.TotalSeconds:F1} acknowledged={acks.Count} " +
                $"acknowledged_after_resending={acks.Count(a => a.Attempts > 1)} {tally}"));
        return 0;
    }

    private sealed record AcknowledgedSave(Guid SaveId, Guid AssessmentId, Dictionary<string, int> Answers,
        int Attempts);
}
