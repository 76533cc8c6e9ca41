namespace CapabilityAssessment.Instruments;

/// <summary>
/// Where the instrument files and research seeds are. Relative paths are tried from the working directory up to the
/// repository root, so `dotnet run`, `dotnet test` (working directory bin/...) and the
/// ops scripts all find the same folder.
/// </summary>
internal sealed record InstrumentLocations(string Folder, string? SeedsFolder, IReadOnlyList<string> SeedsTried)
{
    public static InstrumentLocations From(IConfiguration configuration, string? workingDirectory = null)
    {
        var folder = ResolveFolder(configuration["Instruments:Path"] ?? "instruments", workingDirectory
            ?? Environment.CurrentDirectory);
        var configured = configuration["Instruments:SeedsPath"];
        var repositoryRoot = Path.GetDirectoryName(folder) ?? folder;
        string[] tried = configured is { Length: > 0 }
            ? [Path.GetFullPath(configured, repositoryRoot)]
            : [Path.GetFullPath(Path.Combine(repositoryRoot, "..", "shared", "seeds"))];
        return new InstrumentLocations(folder, tried.FirstOrDefault(Directory.Exists), tried);
    }

    private static string ResolveFolder(string configured, string start)
    {
        if (Path.IsPathRooted(configured)) return configured;
        var tried = new List<string>();
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, configured);
            tried.Add(candidate);
            if (Directory.Exists(candidate)) return candidate;
            if (File.Exists(Path.Combine(dir.FullName, "CapabilityAssessment.sln"))
                || Directory.Exists(Path.Combine(dir.FullName, ".git"))) break;
        }
        throw new DirectoryNotFoundException(
            $"Instruments:Path '{configured}' was not found; looked in: {string.Join(", ", tried)}. Set " +
                "Instruments:Path to the instruments folder.");
    }
}
