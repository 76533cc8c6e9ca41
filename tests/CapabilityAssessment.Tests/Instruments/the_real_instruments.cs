using CapabilityAssessment.Instruments;
using Microsoft.Extensions.Configuration;

namespace CapabilityAssessment.Tests.Instruments;

/// <summary>
/// The files under instruments/ as the service loads them, quotes checked against the research seeds.
/// </summary>
public sealed class the_real_instruments
{
    private static readonly InstrumentLocations Locations =
        InstrumentLocations.From(new ConfigurationBuilder().Build(), RepositoryRoot.Path);

    [Fact]
    public void every_instrument_file_validates_with_zero_errors_including_quotes()
    {
        Assert.True(Locations.SeedsFolder is not null,
            "The seed texts are needed to check item quotes and were not found; looked in: " +
                $"{string.Join(", ", Locations.SeedsTried)}");
        var loaded = InstrumentFolder.Load(Locations.Folder, new SeedLibrary(Locations.SeedsFolder!));

        Assert.NotEmpty(loaded);
        var errors = loaded.SelectMany(l => l.Problems).Where(p => p.IsError).Select(p => p.ToString()).ToList();
        Assert.True(errors.Count == 0, $"{errors.Count} error(s):\n{string.Join("\n", errors)}");
    }

    [Fact]
    public void every_published_file_matches_its_hash_in_published_lock()
    {
        var locked = PublishedLock.Read(Locations.Folder);
        var released = InstrumentFolder.Load(Locations.Folder, seeds: null)
            .Where(l => l.Definition is { Status: not InstrumentStatus.Draft }).ToList();

        var mismatches = released
            .Select(l => (l.File, l.Definition!.Key, l.Definition.Version, Now: l.ContentHash,
                Locked: locked.Hashes.GetValueOrDefault((l.Definition.Key, l.Definition.Version))))
            .Where(l => l.Locked != l.Now)
            .Select(l => l.Locked is null
                ? $"{l.File}: {l.Key} v{l.Version} is not in published.lock; run ./ops/instruments lock"
                : $"{l.File}: published content changed (lock {l.Locked}, now {l.Now}); restore the file and publish " +
                    "a new version instead")
            .ToList();
        Assert.NotEmpty(released);
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Fact]
    public void every_locked_version_still_exists()
    {
        var loaded = InstrumentFolder.Load(Locations.Folder, seeds: null).Where(l => l.Definition is not null)
            .Select(l => (l.Definition!.Key, l.Definition.Version)).ToHashSet();

        var missing = PublishedLock.Read(Locations.Folder).Hashes.Keys.Where(k => !loaded.Contains(k)).ToList();
        Assert.True(missing.Count == 0, $"published.lock lists versions without a file: {string.Join(", ", missing)}");
    }
}
