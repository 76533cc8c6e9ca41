using CapabilityAssessment.Exports.Anonymisation;
using CapabilityAssessment.Exports.Bundle;

namespace CapabilityAssessment.Exports.Releases;

internal static class ReleaseStatus
{
    public const string Queued = "QUEUED";
    public const string Running = "RUNNING";
    public const string Done = "DONE";
    public const string Failed = "FAILED";
    public const string Empty = "EMPTY";
    public const string Expired = "EXPIRED";
}

/// <summary>
/// What was asked for: the instrument key, its versions (all known ones when none were named), [From, To) in whole
/// months, and the researcher's bounds on quasi-identifiers (most important first; null: none).
/// </summary>
internal sealed record ReleaseRequest(
    string InstrumentKey, IReadOnlyList<int> Versions, DateTimeOffset From, DateTimeOffset To,
    IReadOnlyList<QiChoice>? QuasiIdentifiers = null);

/// <summary>
/// One requested dataset release and how far it got. The document version is the claim: a worker moves
/// QUEUED to RUNNING with an expected-version write, so of two instances only one wins. The claim is a
/// lease: its worker renews LeaseUntil while it works, and a RUNNING release whose lease ran out (its worker
/// died) is claimed again as the next Attempt.
/// </summary>
internal sealed record DatasetRelease(
    Guid Id, string RequestedBy, ReleaseRequest Request, string Status, DateTimeOffset RequestedAt,
    double Progress = 0, DateTimeOffset? StartedAt = null, DateTimeOffset? FinishedAt = null, string? Worker = null,
    long? ResponseRows = null, long? FirmRows = null, DisclosureReport? Disclosure = null,
    IReadOnlyList<ManifestEntry>? Files = null, string? Message = null, DateTimeOffset? LeaseUntil = null,
    int Attempt = 0, IReadOnlyList<Guid>? Overlapping = null)
{
    public static DatasetRelease Queue(string requestedBy, ReleaseRequest request, DateTimeOffset now) =>
        new(Guid.NewGuid(), requestedBy, request, ReleaseStatus.Queued, now);


    /// <summary>
    /// When a DONE (or EXPIRED) release's bundle is deleted: Exports:RetentionDays after it was finished.
    /// </summary>
    public DateTimeOffset? ExpiresAt(TimeSpan retention) =>
        FinishedAt is { } at && Status is ReleaseStatus.Done or ReleaseStatus.Expired ? at + retention : null;

    /// <summary>DONE, but kept longer than the retention: its bundle is (about to be) gone.</summary>
    public bool IsExpired(DateTimeOffset now, TimeSpan retention) =>
        Status == ReleaseStatus.Expired || Status == ReleaseStatus.Done && ExpiresAt(retention) <= now;

    /// <summary>
    /// RUNNING, but its worker stopped renewing the lease (a release claimed before leases counts from StartedAt).
    /// </summary>
    public bool IsAbandoned(DateTimeOffset now, TimeSpan lease) =>
        Status == ReleaseStatus.Running && (LeaseUntil ?? (StartedAt ?? RequestedAt) + lease) <= now;
}

/// <summary>
/// The audit record of a release, one per release and kept after the bundle is gone: who, when, what, how it ended, and
/// the researcher's earlier releases whose windows overlap it. A request refused for too many overlaps is audited too
/// (status REFUSED), with no release behind it.
/// </summary>
internal sealed record ExportAudit(
    Guid Id, string RequestedBy, DateTimeOffset RequestedAt, ReleaseRequest Request, string Status,
    DateTimeOffset? FinishedAt, long? ResponseRows, long? FirmRows, IReadOnlyList<ManifestEntry>? Files,
    string? Message, IReadOnlyList<Guid>? Overlapping = null)
{
    public const string Refused = "REFUSED";

    public static ExportAudit Of(DatasetRelease r) => new(r.Id, r.RequestedBy, r.RequestedAt, r.Request, r.Status,
        r.FinishedAt, r.ResponseRows, r.FirmRows, r.Files, r.Message, r.Overlapping);
}
