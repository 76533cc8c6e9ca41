using System.Diagnostics;

namespace CapabilityAssessment.Exports.Bundle;

/// <summary>
/// One activity per stage of a release (backfill, count, plan, rows, files, zip), so a trace, or the export benchmark,
/// shows where a release's time goes. Nothing is recorded unless a listener samples the source.
/// </summary>
internal static class ReleaseStages
{
    public const string SourceName = "CapabilityAssessment.Exports.Release";

    private static readonly ActivitySource Source = new(SourceName);

    /// <summary>Starts a stage; dispose it when the stage ends (null when nobody listens).</summary>
    public static Activity? Start(string stage) => Source.StartActivity(stage);
}
