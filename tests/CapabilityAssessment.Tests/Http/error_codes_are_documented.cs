using System.Text.RegularExpressions;

namespace CapabilityAssessment.Tests.Http;

/// <summary>
/// Every stable code the service sends is in README.md's error-code table: a code a client can meet is one it can look
/// up. The code is any SCREAMING_SNAKE string literal in src/; the instrument validator's codes belong to
/// instruments/README.md and configuration names (CHROMIUM_PATH, OTEL_*) to the settings tables.
/// </summary>
public sealed partial class error_codes_are_documented
{
    private static readonly string Source = Path.Combine(RepositoryRoot.Path, "src");

    [Fact]
    public void every_error_code_in_the_source_is_in_the_readmes_error_code_table()
    {
        var table = Section(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")), "### Error codes");
        var missing = CodesIn(f => !IsValidatorFile(f)).Where(c => !IsSetting(c) && !table.Contains($"`{c}`")).ToList();
        Assert.True(missing.Count == 0, "Not in README.md's error-code table: " + string.Join(", ", missing));
    }

    [Fact]
    public void every_instrument_validator_code_is_in_the_instruments_readme()
    {
        var table = Section(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "instruments", "README.md")),
            "## Validator codes");
        var missing = CodesIn(IsValidatorFile).Where(c => !Regex.IsMatch(table, $@"\b{c}\b")).ToList();
        Assert.True(missing.Count == 0, "Not in instruments/README.md's validator codes: " +
            string.Join(", ", missing));
    }

    [Fact]
    public void every_setting_named_in_the_source_is_in_a_settings_table()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")) +
            File.ReadAllText(Path.Combine(RepositoryRoot.Path, "ops", "README.md"));
        var missing = CodesIn(_ => true).Where(IsSetting).Where(c => !docs.Contains(c)).ToList();
        Assert.True(missing.Count == 0, "Settings not documented: " + string.Join(", ", missing));
    }

    [Fact]
    public void the_scan_finds_the_codes_it_is_meant_to_find()
    {
        var codes = CodesIn(_ => true);
        Assert.Contains("FIRM_NOT_FOUND", codes);
        Assert.Contains("PDF_TIMEOUT", codes);
        Assert.Contains("CHROMIUM_PATH", codes);
    }

    /// <summary>
    /// Files that define codes: each feature's codes class, and the reasons of scores, suppression and access.
    /// </summary>
    private static readonly string[] Definitions =
        ["InstrumentProblem.cs", "CurrentPrincipal.cs", "Suppression.cs", "ScoreReason.cs", "ConstructChange.cs",
         "ProfileRecommendations.cs"];

    [Fact]
    public void every_error_code_is_written_once_in_its_features_codes_class_and_compared_by_name()
    {
        var table = Section(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")), "### Error codes");
        bool Defines(string f) =>
            f.EndsWith("Codes.cs", StringComparison.Ordinal) || Definitions.Contains(Path.GetFileName(f));
        var literals = CodesIn(f => !Defines(f)).Where(c => !IsSetting(c) && table.Contains($"`{c}`")).ToList();
        Assert.True(literals.Count == 0, "Write these as their codes class's constant: " + string.Join(", ", literals));
        var twice = Directory.EnumerateFiles(Source, "*Codes.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(f => Code().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(twice.Count == 0, "Defined in two codes classes: " + string.Join(", ", twice));
    }

    private static SortedSet<string> CodesIn(Func<string, bool> include) =>
        new(Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && include(f))
            .SelectMany(f => Code().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)));

    private static bool IsValidatorFile(string file) => Path.GetFileName(file) == "InstrumentProblem.cs";

    private static bool IsSetting(string code) => code.StartsWith("OTEL_", StringComparison.Ordinal) ||
        code.EndsWith("_PATH", StringComparison.Ordinal) || code.EndsWith("_ENABLED", StringComparison.Ordinal);

    private static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no '{heading}' section");
        var end = markdown.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? markdown[start..] : markdown[start..end];
    }

    [GeneratedRegex("\"([A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+)\"")]
    private static partial Regex Code();
}
