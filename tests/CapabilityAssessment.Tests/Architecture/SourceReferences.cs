using System.Text.RegularExpressions;

namespace CapabilityAssessment.Tests.Architecture;

/// <summary>
/// Which feature folders each source file of the service names: its `using CapabilityAssessment.X` directives and
/// qualified names such as `Norms.NormPins`. Read from the source, as a reviewer reads it (comments excluded).
/// </summary>
public static partial class SourceReferences
{
    public static string Root { get; } = Path.Combine(RepositoryRoot.Path, "src", "CapabilityAssessment");

    public static IReadOnlyList<string> Features { get; } = [.. Directory.GetDirectories(Root).Select(Path.GetFileName)
        .OfType<string>().Where(d => d is not ("bin" or "obj" or "wwwroot" or "Explorer")).Order()];

    /// <summary>Per feature, its types and sub-namespaces as a regex alternation (so `Scoring.MinAnswered`, a property
    /// named Scoring, is no reference to the Scoring feature).</summary>
    private static readonly Dictionary<string, string> Members = typeof(Program).Assembly.GetTypes()
        .Where(t => t.Namespace?.StartsWith("CapabilityAssessment.", StringComparison.Ordinal) == true && !t.IsNested)
        .Select(t => (Parts: t.Namespace!.Split('.'), Name: t.Name.Split('`')[0]))
        .Where(t => t.Parts.Length >= 2)
        .GroupBy(t => t.Parts[1])
        .ToDictionary(g => g.Key, g => string.Join(
            '|', g.Select(t => t.Parts.Length > 2 ? t.Parts[2] : t.Name).Distinct()
            .Where(n => Regex.IsMatch(n, @"^\w+$"))));

    /// <summary>
    /// Every .cs file of the service, as a path relative to src/CapabilityAssessment with forward slashes.
    /// </summary>
    public static IEnumerable<string> Files() => Directory.EnumerateFiles(Root, "*.cs", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
        .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal));

    public static string FeatureOf(string file) => file.Contains('/') ? file[..file.IndexOf('/')] : "";

    /// <summary>The source without comments, so a `see cref` or a sentence naming a feature does not count.</summary>
    public static string Code(string file) =>
        Comments().Replace(File.ReadAllText(Path.Combine(Root, file)), "");

    public static IReadOnlySet<string> FeaturesNamedIn(string file)
    {
        var code = Code(file);
        var named = new HashSet<string>();
        foreach (Match m in Usings().Matches(code)) named.Add(m.Groups[1].Value);
        foreach (var feature in Features)
            if (Members.TryGetValue(feature, out var members)
                && Regex.IsMatch(code, $@"(?<![.\w])(?:CapabilityAssessment\.)?{feature}\.(?:{members})\b"))
                named.Add(feature);
        named.Remove(FeatureOf(file));
        named.IntersectWith(Features);
        return named;
    }

    /// <summary>Namespaces a file imports (`using X.Y;`), to check what pure code may not touch.</summary>
    public static IEnumerable<string> Imports(string file) =>
        Regex.Matches(Code(file), @"^\s*using\s+(?:static\s+)?([\w.]+)\s*;", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comments();

    [GeneratedRegex(@"using\s+(?:static\s+)?CapabilityAssessment\.(\w+)")]
    private static partial Regex Usings();
}
