using CapabilityAssessment.Instruments;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace CapabilityAssessment.Tests.Instruments;

public sealed class instrument_catalog
{
    private readonly InstrumentCatalog _catalog = InstrumentFixtures.ValidCatalog();

    [Fact]
    public void latest_is_the_newest_published_version_never_a_draft()
    {
        Assert.Equal(1, _catalog.Latest("pair")?.Version);
        Assert.Null(_catalog.Latest("nothing"));
    }

    [Fact]
    public void drafts_can_be_fetched_by_version_but_are_flagged_unusable()
    {
        var draft = _catalog.Get("pair", 2)!;

        Assert.Equal(InstrumentStatus.Draft, draft.Status);
        Assert.False(draft.IsUsableForAssessments);
        Assert.True(_catalog.Get("pair", 1)!.IsUsableForAssessments);
        Assert.DoesNotContain(draft, _catalog.Published());
        Assert.Contains(draft, _catalog.All());
    }

    [Fact]
    public void the_content_hash_is_the_one_recorded_in_the_lock()
    {
        var locked = PublishedLock.Read(InstrumentFixtures.Valid);

        Assert.Equal(locked.Hashes[("minimal", 1)], _catalog.ContentHash("minimal", 1));
    }

    [Fact]
    public void changes_list_added_removed_and_reworded_items_with_the_crosswalk()
    {
        var changes = _catalog.Changes("pair", 1, 2)!;

        Assert.Equal(["fo4"], changes.Added.Select(i => i.Id));
        Assert.Equal(["fo3"], changes.Removed.Select(i => i.Id));
        var changed = Assert.Single(changes.Changed);
        Assert.Equal(("fo1", "We know what we do best.", "We know what we are best at."),
            (changed.Id, changed.Before!.Text.Get("en"), changed.After!.Text.Get("en")));
        Assert.Equal(["focus"], changes.Crosswalk!.Changed);
    }

    [Fact]
    public void start_up_fails_listing_every_problem_when_a_published_file_is_invalid()
    {
        using var folder = new FixtureCopy("not_locked", "bad_weight");

        var error = Assert.Throws<InvalidOperationException>(() =>
            InstrumentCatalog.Load(folder.Locations, NullLogger.Instance));
        Assert.Contains("not_locked/v1.yaml:4: status:", error.Message);
        Assert.Contains("(NOT_LOCKED)", error.Message);
        Assert.DoesNotContain("BAD_WEIGHT", error.Message);
    }

    [Fact]
    public void drafts_with_errors_are_left_out_instead_of_stopping_start_up()
    {
        using var folder = new FixtureCopy("bad_weight", "missing_translation");

        var catalog = InstrumentCatalog.Load(folder.Locations, NullLogger.Instance);

        Assert.Null(catalog.Get("bad_weight", 1));
        Assert.NotNull(catalog.Get("missing_translation", 1));
    }

    [Fact]
    public void a_relative_instruments_path_is_found_from_a_subfolder_of_the_repository()
    {
        var locations = InstrumentLocations.From(new ConfigurationBuilder().Build(), AppContext.BaseDirectory);

        Assert.Equal(Path.Combine(RepositoryRoot.Path, "instruments"), locations.Folder);
    }
}

/// <summary>Some invalid fixtures copied to a fresh instruments folder, for checks that load a whole folder.</summary>
internal sealed class FixtureCopy : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("instruments-").FullName;

    public FixtureCopy(params string[] fixtures)
    {
        foreach (var name in fixtures)
        {
            Directory.CreateDirectory(Path.Combine(_folder, name));
            File.Copy(Path.Combine(InstrumentFixtures.Invalid, name, "v1.yaml"),
                Path.Combine(_folder, name, "v1.yaml"));
        }
    }

    public InstrumentLocations Locations => new(_folder, null, []);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
