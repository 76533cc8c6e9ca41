using System.Text.RegularExpressions;

namespace CapabilityAssessment.Instruments;

/// <summary>
/// Loads and validates every instruments/&lt;key&gt;/v&lt;N&gt;.yaml, then the rules that span files (crosswalk, lock).
/// </summary>
internal static partial class InstrumentFolder
{
    public static IReadOnlyList<LoadedInstrument> Load(string folder, SeedLibrary? seeds)
    {
        var parsed = Files(folder).Select(path => Parse(folder, path, seeds)).ToList();
        var byVersion = parsed.Where(p => p.Definition is not null)
            .GroupBy(p => (p.Definition!.Key, p.Definition.Version))
            .ToDictionary(g => g.Key, g => g.First().Definition!);
        var locked = PublishedLock.Read(folder);
        return parsed.Select(p => p.Definition is null
            ? new LoadedInstrument(p.Context.File, null, null, p.Context.Problems)
            : Finish(p.Definition, p.Context, byVersion, locked)).ToList();
    }

    public static IEnumerable<string> Files(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateDirectories(folder).SelectMany(d => Directory.EnumerateFiles(d, "v*.yaml"))
                .Where(f => VersionFileName().IsMatch(Path.GetFileName(f))).Order(StringComparer.Ordinal)
            : [];

    private static (InstrumentDefinition? Definition, ParseContext Context) Parse(string folder, string path,
        SeedLibrary? seeds)
    {
        var context = new ParseContext(DisplayPath(path));
        var definition = InstrumentYaml.Parse(File.ReadAllText(path), context);
        if (definition is not null)
            InstrumentValidator.Validate(definition, context, Path.GetRelativePath(folder, path), seeds);
        return (definition, context);
    }

    private static LoadedInstrument Finish(InstrumentDefinition d, ParseContext context,
        Dictionary<(string, int), InstrumentDefinition> byVersion, PublishedLock locked)
    {
        CrosswalkRules.Check(d, byVersion.GetValueOrDefault((d.Key, d.Version - 1)), context);
        var hash = ContentHash.Of(d);
        if (d.Status != InstrumentStatus.Draft)
        {
            if (!locked.Hashes.TryGetValue((d.Key, d.Version), out var expected))
                context.Report("status", ProblemCodes.NotLocked,
                    $"{d.Key} v{d.Version} is {d.Status.ToString().ToLowerInvariant()} but not in " +
                        $"{PublishedLock.FileName}; run ./ops/instruments lock");
            else if (expected != hash)
                context.Report("status", ProblemCodes.PublishedChanged,
                    $"{d.Key} v{d.Version} was published with hash {expected[..12]}… and its content has changed " +
                        $"since (now {hash[..12]}…); restore it and publish a new version instead");
        }
        var problems = context.Problems.OrderBy(p => p.Line).ThenBy(p => p.Code, StringComparer.Ordinal).ToList();
        return new LoadedInstrument(context.File, d, hash, problems);
    }

    /// <summary>
    /// Relative to the working directory when below it, so editors and terminals can open the file from the message.
    /// </summary>
    private static string DisplayPath(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }

    [GeneratedRegex(@"^v\d+\.yaml$")]
    private static partial Regex VersionFileName();
}
