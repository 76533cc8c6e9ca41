namespace CapabilityAssessment.Instruments;

/// <summary>
/// Every instrument version, loaded and validated once at start-up; immutable afterwards, so safe to share.
/// </summary>
internal sealed class InstrumentCatalog
{
    private readonly Dictionary<(string Key, int Version), LoadedInstrument> _versions;

    public InstrumentCatalog(IEnumerable<LoadedInstrument> usable) =>
        _versions = usable.ToDictionary(l => (l.Definition!.Key, l.Definition.Version));

    /// <summary>
    /// Throws listing every problem when a published (or retired) file is invalid; broken
    /// drafts are left out with a warning.
    /// </summary>
    public static InstrumentCatalog Load(InstrumentLocations locations, ILogger logger)
    {
        var seeds = locations.SeedsFolder is { } s ? new SeedLibrary(s) : null;
        if (seeds is null)
            logger.LogWarning("Seed texts not found (looked in {Tried}); item quotes are not checked",
                string.Join(", ", locations.SeedsTried));
        var loaded = InstrumentFolder.Load(locations.Folder, seeds);
        var locked = PublishedLock.Read(locations.Folder);
        var fatal = loaded.Where(l => !l.IsValid && IsReleased(l, locked, locations.Folder)).ToList();
        if (fatal.Count > 0)
            throw new InvalidOperationException("Published instrument files are invalid:\n" +
                string.Join("\n", fatal.SelectMany(l => l.Problems.Where(p => p.IsError))));
        foreach (var draft in loaded.Where(l => !l.IsValid))
            logger.LogWarning("Instrument draft {File} is skipped: {Problems}", draft.File,
                string.Join("; ", draft.Problems.Where(p => p.IsError)));
        return new InstrumentCatalog(loaded.Where(l => l.IsValid));
    }

    // A file that cannot be parsed has no status; the lock still says whether it was released.
    private static bool IsReleased(LoadedInstrument l, PublishedLock locked, string folder)
    {
        if (l.Definition is { } d)
            return d.Status != InstrumentStatus.Draft || locked.Hashes.ContainsKey((d.Key, d.Version));
        var parts = Path.GetRelativePath(folder, Path.GetFullPath(l.File)).Split(Path.DirectorySeparatorChar);
        return parts.Length == 2 && int.TryParse(Path.GetFileNameWithoutExtension(parts[1]).TrimStart('v'),
            out var version)
            && locked.Hashes.ContainsKey((parts[0], version));
    }

    public InstrumentDefinition? Get(string key, int version) =>
        _versions.GetValueOrDefault((key, version))?.Definition;

    public InstrumentDefinition? Latest(string key) =>
        Published().Where(d => d.Key == key).MaxBy(d => d.Version);

    public IEnumerable<InstrumentDefinition> Published() => All().Where(d => d.Status == InstrumentStatus.Published);

    public IEnumerable<InstrumentDefinition> All() =>
        _versions.Values.Select(l => l.Definition!).OrderBy(d => d.Key, StringComparer.Ordinal).ThenBy(d => d.Version);

    public string? ContentHash(string key, int version) => _versions.GetValueOrDefault((key, version))?.ContentHash;

    public InstrumentChanges? Changes(string key, int from, int to) =>
        Get(key, from) is { } a && Get(key, to) is { } b ? InstrumentChanges.Between(a, b) : null;
}
