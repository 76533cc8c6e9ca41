namespace CapabilityAssessment.Instruments;

/// <summary>
/// `instruments validate [files...]` and `instruments lock`: the checks the catalog runs at start-up, for authors.
/// </summary>
public static class InstrumentsCommand
{
    private const string Usage = """
        usage: instruments validate [files...]   check every file (or the given ones: instruments/dcvn/v1.yaml or dcvn/v1.yaml)
               instruments lock [--force]        record the content hash of newly published versions in published.lock
                                                 (--force also rewrites hashes of published versions that changed)
        Instruments:Path and Instruments:SeedsPath can be set as Instruments__Path / Instruments__SeedsPath.
        """;

    public static Task<int> RunAsync(string[] args, TextWriter output)
    {
        InstrumentLocations locations;
        try
        {
            locations = InstrumentLocations.From(new ConfigurationBuilder().AddEnvironmentVariables().Build());
        }
        catch (DirectoryNotFoundException e)
        {
            return Task.FromResult(Fail(output, e.Message, 2));
        }
        return Task.FromResult(args switch
        {
            ["validate", .. var files] => Validate(locations, files, output),
            ["lock"] => Lock(locations, force: false, output),
            ["lock", "--force"] => Lock(locations, force: true, output),
            _ => Fail(output, Usage, 2),
        });
    }

    private static int Validate(InstrumentLocations locations, string[] files, TextWriter output)
    {
        var loaded = Load(locations, output);
        var selected = files.Length == 0 ? loaded : files.Select(f => Find(loaded, locations.Folder, f, output))
            .OfType<LoadedInstrument>()
            .ToList();
        if (selected.Count < files.Length) return 2;
        var problems = selected.SelectMany(l => l.Problems).ToList();
        foreach (var problem in problems) output.WriteLine(problem);
        var errors = problems.Count(p => p.IsError);
        output.WriteLine($"{selected.Count} file(s) checked: {errors} error(s), {problems.Count - errors} warning(s)" +
            (locations.SeedsFolder is null ? "; quotes NOT checked (no seeds)"
                : $"; quotes checked against {locations.SeedsFolder}"));
        return errors > 0 ? 1 : 0;
    }

    private static int Lock(InstrumentLocations locations, bool force, TextWriter output)
    {
        var loaded = Load(locations, output);
        var existing = PublishedLock.Read(locations.Folder).Hashes;
        var entries = new Dictionary<(string, int), string>(existing);
        var refused = 0;
        foreach (var l in loaded.Where(l => l.Definition is { Status: not InstrumentStatus.Draft }))
        {
            var d = l.Definition!;
            var blocking = l.Problems.Where(p => p.IsError
                && p.Code is not (ProblemCodes.NotLocked or ProblemCodes.PublishedChanged)).ToList();
            var changed = existing.TryGetValue((d.Key, d.Version), out var old) && old != l.ContentHash;
            if (blocking.Count > 0 || (changed && !force))
            {
                foreach (var p in blocking.Count > 0 ? blocking
                    : l.Problems.Where(p => p.Code == ProblemCodes.PublishedChanged)) output.WriteLine(p);
                refused++;
                continue;
            }
            entries[(d.Key, d.Version)] = l.ContentHash!;
        }
        File.WriteAllText(Path.Combine(locations.Folder, PublishedLock.FileName),
            PublishedLock.Render(entries.Select(e => (e.Key.Item1, e.Key.Item2, e.Value))));
        output.WriteLine($"{PublishedLock.FileName}: {entries.Count} version(s) locked" +
            (refused > 0 ? $", {refused} refused (see above)" : ""));
        return refused > 0 ? 1 : 0;
    }

    private static IReadOnlyList<LoadedInstrument> Load(InstrumentLocations locations, TextWriter output)
    {
        if (locations.SeedsFolder is null)
            output.WriteLine($"warning: seed texts not found (looked in {string.Join(", ", locations.SeedsTried)}); " +
                "quotes are not checked");
        return InstrumentFolder.Load(locations.Folder, locations.SeedsFolder is { } s ? new SeedLibrary(s) : null);
    }

    private static LoadedInstrument? Find(IReadOnlyList<LoadedInstrument> loaded, string folder, string file,
        TextWriter output)
    {
        string[] candidates = [Path.GetFullPath(file), Path.GetFullPath(Path.Combine(folder, file))];
        var match = loaded.FirstOrDefault(l => candidates.Contains(Path.GetFullPath(l.File)));
        if (match is null)
            output.WriteLine($"{file}: not an instrument file under {folder} (expected <key>/v<N>.yaml)");
        return match;
    }

    private static int Fail(TextWriter output, string message, int code)
    {
        output.WriteLine(message);
        return code;
    }
}
