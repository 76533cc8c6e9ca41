namespace CapabilityAssessment.Store;

/// <summary>Whether the database schema matches what this build of the application expects.</summary>
/// <param name="Pending">Migrations (source/file) not applied yet, and document tables missing.</param>
/// <param name="Modified">Applied migrations whose file has changed since.</param>
public sealed record SchemaStatus(IReadOnlyList<string> Pending, IReadOnlyList<string> Modified)
{
    /// <summary>True when every migration is applied unchanged and every document table exists.</summary>
    public bool IsUpToDate => Pending.Count == 0 && Modified.Count == 0;
}
