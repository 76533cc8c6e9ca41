namespace CapabilityAssessment.Perf.Crash;

/// <summary>Options of the `crash` client run by ops/crash-saves.</summary>
internal sealed record CrashOptions(Uri Url, int Assessments, int ThinkMs, string Instrument, string AcksFile,
    string StopFile, int MaxSeconds, int GiveUpSeconds)
{
    public static CrashOptions Parse(string[] args)
    {
        var flags = Flags.Parse(args);
        return new CrashOptions(new Uri(flags.Required("url")), flags.Int("assessments", 200),
            flags.Int("think-ms", 1000), flags.Text("instrument") ?? "dcvn", flags.Required("acks"),
            flags.Required("stop-file"), flags.Int("max-seconds", 600), flags.Int("give-up-seconds", 180));
    }
}
