namespace CapabilityAssessment.Store;

/// <summary>A projection run inside SaveChangesAsync, after the unit of work's events are inserted, in the same transaction.</summary>
public interface IInlineProjection
{
    /// <summary>Applies the events appended by one unit of work (in sequence order); throwing rolls the whole unit back.</summary>
    Task ApplyAsync(ProjectionContext context, IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken);
}
