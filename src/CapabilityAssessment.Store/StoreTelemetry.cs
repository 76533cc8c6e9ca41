using System.Diagnostics;

namespace CapabilityAssessment.Store;

/// <summary>
/// Spans of the store. A session's save is a span in the caller's trace; the group commit that carries it runs on a
/// drainer serving many callers, so the commit is a span of its own trace with a link to every save it carried.
/// </summary>
public static class StoreTelemetry
{
    /// <summary>The ActivitySource to listen to (OpenTelemetry: AddSource).</summary>
    public const string SourceName = "CapabilityAssessment.Store";

    internal static readonly ActivitySource Source = new(SourceName);

    internal static Activity? StartCommit(IReadOnlyList<UnitOfWork> batch) =>
        Source.HasListeners()
            ? Source.StartActivity("store commit", ActivityKind.Internal, parentContext: default,
                tags: [new("store.units", batch.Count)],
                links: batch.Where(u => u.Caller != default).Select(u => new ActivityLink(u.Caller)).ToList())
            : null;
}
