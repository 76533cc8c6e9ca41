using System.Text.RegularExpressions;
using CapabilityAssessment.Instruments;
using Microsoft.Extensions.Configuration;

namespace CapabilityAssessment.Tests.Instruments;

/// <summary>
/// Every Finnish text of every instrument file, spell-checked with voikko against a reviewed exception list.
/// </summary>
public sealed partial class spelling_of_the_finnish_texts
{
    private static readonly string Folder = InstrumentLocations.From(new ConfigurationBuilder().Build(),
        RepositoryRoot.Path).Folder;

    [Fact]
    public void voikko_tells_a_finnish_word_from_a_misspelt_one()
    {
        using var voikko = new Voikko();

        Assert.True(voikko.Knows("sopii"));
        Assert.True(voikko.Knows("pääkilpailijoillamme"));
        Assert.False(voikko.Knows("sovittuu"));
    }

    [Fact]
    public void every_finnish_text_of_every_instrument_is_spelt_correctly_or_a_reviewed_exception()
    {
        using var voikko = new Voikko();
        var exceptions = SpellingExceptions.Read(Path.Combine(Folder, "spelling-fi.txt"));

        var unknown = FinnishWords().Where(w => !voikko.Knows(w.Word) && !exceptions.Allows(w.File, w.Word))
            .Select(w => $"{w.File}: {w.Path}: '{w.Word}'").Distinct().ToList();

        Assert.True(unknown.Count == 0,
            $"{unknown.Count} word(s) voikko does not know; fix them or add a reviewed entry to " +
            $"instruments/spelling-fi.txt:\n{string.Join("\n", unknown)}");
    }

    [Fact]
    public void every_exception_is_still_needed()
    {
        using var voikko = new Voikko();
        var exceptions = SpellingExceptions.Read(Path.Combine(Folder, "spelling-fi.txt"));
        var unknown = FinnishWords().Where(w => !voikko.Knows(w.Word)).ToList();

        var stale = exceptions.Entries.Where(e => !unknown.Any(w => e.Matches(w.File, w.Word)))
            .Select(e => e.Line)
            .ToList();

        Assert.True(stale.Count == 0, $"exceptions no text needs any more; remove them:\n{string.Join("\n", stale)}");
    }

    private static IEnumerable<(string File, string Path, string Word)> FinnishWords()
    {
        var loaded = InstrumentFolder.Load(Folder, seeds: null);
        Assert.NotEmpty(loaded);
        foreach (var l in loaded)
        {
            var file = System.IO.Path.GetRelativePath(Folder, l.File).Replace('\\', '/');
            foreach (var (path, text) in InstrumentTexts.All(l.Definition!))
                if (text.Texts.FirstOrDefault(t => t.Key == "fi").Value is { } fi)
                    foreach (Match m in Word().Matches(fi)) yield return (file, path, m.Value.TrimEnd('-'));
        }
    }

    // Letters, with inner hyphens (pk-yritys); a trailing hyphen marks a shared compound part ("teknologia- ja ...").
    [GeneratedRegex(@"\p{L}+(?:-\p{L}+)*-?")]
    private static partial Regex Word();
}
