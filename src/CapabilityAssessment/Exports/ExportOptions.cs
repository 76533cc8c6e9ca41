namespace CapabilityAssessment.Exports;

/// <summary>The "Exports" settings.</summary>
internal sealed class ExportOptions
{
    public const string Section = "Exports";

    /// <summary>
    /// Where finished bundles are kept; created at start. Default: "capability-exports" under the system temp folder.
    /// </summary>
    public string Path { get; set; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "capability-exports");

    /// <summary>
    /// The HMAC-SHA256 key for download links (any string, 32+ characters advised). When absent every process draws a
    /// random key at start: links then work only against the instance that issued them and die with a restart, so set
    /// it whenever more than one instance serves downloads.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>How long a download link stays valid.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How often an idle worker looks for queued releases made by other instances (its own wake it at once).
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a worker's claim on a release lasts without renewal. A working worker renews it every quarter of this;
    /// when its process dies, another worker claims the release again once the lease has run out.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Claims of one release (the first and re-claims after a lease ran out) before it ends FAILED.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>
    /// Days a finished bundle is kept. Then its file is deleted and the release reports EXPIRED (its audit record,
    /// checksums and disclosure report stay); a download answers 410 RELEASE_EXPIRED.
    /// </summary>
    public int RetentionDays { get; set; } = 7;

    public TimeSpan Retention => TimeSpan.FromDays(RetentionDays);

    /// <summary>The k of k-anonymity for every release.</summary>
    public int K { get; set; } = Anonymisation.KAnonymity.DefaultK;

    /// <summary>
    /// Releases end at the start of the current month (UTC) at the latest. A month still open would let two requests of
    /// the same window, minutes apart, differ by the firms that closed in between and so date them to those minutes.
    /// Turn off only for demonstrations and tests.
    /// </summary>
    public bool CompleteMonthsOnly { get; set; } = true;

    /// <summary>
    /// Releases of one instrument by one researcher whose windows may overlap a new request (see ReleaseHistory).
    /// </summary>
    public int MaxOverlappingReleases { get; set; } = 3;

    /// <summary>How far back overlapping releases are counted.</summary>
    public int OverlapDays { get; set; } = 30;

    /// <summary>The data licence stated in every bundle's README and DDI codebook.</summary>
    public string DataLicence { get; set; } =
        "Released to the requesting researcher for scientific research only. No redistribution, no linking with " +
        "other data " +
        "and no attempt to re-identify firms or respondents. Cite the release id and the instrument version.";

    /// <summary>Whom researchers contact about a release (README, DDI codebook).</summary>
    public string Contact { get; set; } = "The operator of this CapabilityAssessment service (the data controller).";
}
