using BenchmarkDotNet.Running;
using CapabilityAssessment.Perf;

// appends: the end-to-end store throughput run by ops/perf-store; micro: BenchmarkDotNet micro-benchmarks.
return args switch
{
    ["appends", .. var rest] => await AppendsBenchmark.RunAsync(AppendsOptions.Parse(rest)),
    ["micro", .. var rest] => RunMicro(rest),
    ["rescore", .. var rest] => await CapabilityAssessment.Perf.Scoring.RescoreBenchmark.RunAsync(rest),
    ["saves", .. var rest] => await CapabilityAssessment.Perf.Saves.SavesBenchmark.RunAsync(rest),
    ["crash", .. var rest] => await CapabilityAssessment.Perf.Crash.CrashClient.RunAsync(rest),
    ["peers", .. var rest] => await CapabilityAssessment.Perf.Peers.PeersBenchmark.RunAsync(rest),
    ["exports", .. var rest] => await CapabilityAssessment.Perf.Exports.ExportsBenchmark.RunAsync(rest),
    _ => Usage(),
};

static int RunMicro(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(AppendsBenchmark).Assembly).Run(args);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          CapabilityAssessment.Perf appends --connection "<connection string>" [--writers 32] [--seconds 20] [--warmup 3] [--mode append|save|service|service-batched]
          CapabilityAssessment.Perf micro [BenchmarkDotNet arguments]
        """);
    return 2;
}
