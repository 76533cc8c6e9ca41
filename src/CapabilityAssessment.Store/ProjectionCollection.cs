namespace CapabilityAssessment.Store;

/// <summary>The inline projections of a store, run in registration order.</summary>
public sealed class ProjectionCollection
{
    private readonly List<IInlineProjection> _inline = new();

    internal IReadOnlyList<IInlineProjection> Inline => _inline;

    /// <summary>Adds an inline projection that runs inside each unit of work that appends events.</summary>
    public void Add(IInlineProjection projection) => _inline.Add(projection ?? throw new ArgumentNullException(nameof(projection)));
}
