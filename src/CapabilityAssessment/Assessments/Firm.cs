namespace CapabilityAssessment.Assessments;

/// <summary>
/// A firm as assessed over time: startAssessment with firmId links a new assessment to it, so benchmarks count the firm
/// once (its latest closed assessment). Written when an assessment starts, with the profile it was started with.
/// </summary>
public sealed record Firm(Guid Id, string? OrganisationId, string Name, FirmProfile Profile, DateTimeOffset UpdatedAt);
