namespace CapabilityAssessment.Tests.Architecture;

/// <summary>
/// Lines of C# fit in 120 characters (issue #20), in the service, its tests and the performance tool. Raw string
/// literals (SQL, templates, expected output) keep their lines: a break inside one would change the string.
/// </summary>
public sealed class lines_fit_in_120_characters
{
    private const int Width = 120;

    [Fact]
    public void no_line_is_longer_than_120_characters()
    {
        var roots = new[] { "src", "tests", Path.Combine("ops", "perf") }
            .Select(r => Path.Combine(RepositoryRoot.Path, r));
        var bin = $"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}";
        var obj = $"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}";
        var found = roots.SelectMany(r => Directory.EnumerateFiles(r, "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains(bin, StringComparison.Ordinal) && !f.Contains(obj, StringComparison.Ordinal))
            .SelectMany(f => LongLines(File.ReadLines(f))
                .Select(n => $"{Path.GetRelativePath(RepositoryRoot.Path, f)}:{n}"))
            .ToList();
        Assert.True(found.Count == 0, $"{found.Count} lines over {Width} characters:\n"
            + string.Join("\n", found.Take(50)));
    }

    /// <summary>Line numbers over the width, outside raw string literals (a line with an odd number of """ opens or
    /// closes one).</summary>
    public static IEnumerable<int> LongLines(IEnumerable<string> lines)
    {
        var (number, inRaw) = (0, false);
        foreach (var line in lines)
        {
            number++;
            var quotes = CountRawQuotes(line);
            if (!inRaw && line.Length > Width && quotes == 0) yield return number;
            if (quotes % 2 == 1) inRaw = !inRaw;
        }
    }

    private static int CountRawQuotes(string line)
    {
        var count = 0;
        for (var i = line.IndexOf("\"\"\"", StringComparison.Ordinal); i >= 0;
             i = line.IndexOf("\"\"\"", i + 3, StringComparison.Ordinal))
            count++;
        return count;
    }

    [Fact]
    public void a_raw_string_keeps_its_long_lines_and_code_around_it_does_not()
    {
        var longText = new string('x', Width + 1);
        string[] source = ["var sql = \"\"\"", longText, "    \"\"\";", "var y = 1; // " + longText];
        Assert.Equal([4], LongLines(source));
    }
}
