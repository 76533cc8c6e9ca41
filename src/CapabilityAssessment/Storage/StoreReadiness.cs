namespace CapabilityAssessment.Storage;

/// <summary>
/// Whether this process has brought the schema up to date. Checked once at start-up (a full Marten schema comparison
/// costs about a second), so readiness afterwards only asks whether PostgreSQL answers.
/// </summary>
internal sealed class StoreReadiness
{
    private volatile bool _current;

    public bool SchemaIsCurrent => _current;

    public void MarkCurrent() => _current = true;
}
