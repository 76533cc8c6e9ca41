namespace CapabilityAssessment.Perf;

internal sealed record AppendsOptions(string Connection, int Writers, int Seconds, int Warmup, int EventsPerStream,
    string Mode)
{
    public static AppendsOptions Parse(string[] args)
    {
        var flags = Flags.Parse(args);
        return new AppendsOptions(flags.Required("connection"), flags.Int("writers", 32), flags.Int("seconds", 20),
            flags.Int("warmup", 3), flags.Int("events-per-stream", 100), flags.Text("mode") ?? "append");
    }
}
