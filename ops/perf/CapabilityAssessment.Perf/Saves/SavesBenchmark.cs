using System.Globalization;

namespace CapabilityAssessment.Perf.Saves;

/// <summary>
/// The `saves` subcommand run by ops/perf-saves against a running service: creates the assessments, then a paced run
/// after an unmeasured warm-up (autosave with think time, the realistic load the p99 target is about), then a
/// saturation run (no think time, the throughput compared with pgbench), then the module page's time and weight.
/// </summary>
internal static class SavesBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = SavesOptions.Parse(args);
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false,
            MaxConnectionsPerServer = 1024 })
        {
            BaseAddress = options.Url,
            Timeout = TimeSpan.FromSeconds(60),
        };
        var gql = new GraphQLClient(http);
        var items = await SavesSetup.ItemIdsAsync(gql, options.Instrument, "managing_director");
        var respondents = await SavesSetup.StartAsync(gql, options.Instrument, options.Assessments);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"setup: assessments={respondents.Count} instrument={options.Instrument} " +
                $"items_per_respondent={items.Count}"));

        // Unmeasured: lets tiered JIT and the connection pools settle before anything is
        // timed (it lengthens the streams too).
        await SaveLoad.RunAsync(gql, respondents, [.. items], 0, options.Warmup * 2, 0);
        if (options.ThinkMs > 0)
        {
            var paced = await Measured(options.ServicePid,
                () => SaveLoad.RunAsync(gql, respondents, [.. items], options.Warmup, options.Seconds,
                    options.ThinkMs));
            Console.WriteLine(SaveLoad.Describe("paced", respondents.Count, options.ThinkMs, paced));
        }
        var saturated = await Measured(options.ServicePid, () =>
            SaveLoad.RunAsync(gql, respondents, [.. items], options.Warmup, options.Seconds, 0));
        Console.WriteLine(SaveLoad.Describe("saturation", respondents.Count, 0, saturated));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"stream_length: events_per_assessment_mean={respondents.Average(r => r.Version):F0} " +
                $"max={respondents.Max(r => r.Version)}"));
        var module = options.Module is { Length: > 0 } chosen ? chosen
            : await SavesSetup.FirstModuleAsync(gql, options.Instrument, "managing_director");
        Console.WriteLine(await PageLoad.RunAsync(http, respondents, module, options.PageRequests, options.ServicePid));
        return 0;
    }

    // CPU over the whole phase (warm-up included) divided by every request sent in it, not only the measured ones.
    private static async Task<SaveLoad.Outcome> Measured(int? pid, Func<Task<SaveLoad.Outcome>> run)
    {
        var before = ProcessCpu.Used(pid);
        var own = ProcessCpu.Used(Environment.ProcessId);
        var sent = SaveLoad.Sent;
        var outcome = await run();
        var requests = (int)(SaveLoad.Sent - sent);
        var client = ProcessCpu.PerRequest(own, ProcessCpu.Used(Environment.ProcessId), requests)
            .Replace("service_", "load_tool_", StringComparison.Ordinal);
        return outcome with { ServiceCpu = ProcessCpu.PerRequest(before, ProcessCpu.Used(pid), requests) +
            " " + client };
    }
}
