namespace CapabilityAssessment.Perf.Saves;

/// <summary>
/// Options of the `saves` load run (ops/perf-saves): the service's address and the shape of the load.
/// </summary>
internal sealed record SavesOptions(
    Uri Url, int Assessments, int Seconds, int Warmup, int ThinkMs, int PageRequests, string Instrument, string Module,
    int? ServicePid)
{
    public static SavesOptions Parse(string[] args)
    {
        var flags = Flags.Parse(args);
        return new SavesOptions(new Uri(flags.Required("url")), flags.Int("assessments", 200), flags.Int("seconds", 30),
            flags.Int("warmup", 5), flags.Int("think-ms", 1000), flags.Int("page-requests", 500),
            flags.Text("instrument") ?? "dcvn", flags.Text("module") ?? "", flags.OptionalInt("service-pid"));
    }
}
