namespace CapabilityAssessment.Tests.Instruments;

/// <summary>instruments/spelling-fi.txt: "word [file] # why"; a trailing * in the word matches any ending.</summary>
internal sealed record SpellingExceptions(IReadOnlyList<SpellingException> Entries)
{
    public static SpellingExceptions Read(string file) =>
        new(File.ReadAllLines(file)
            .Select(line => (Line: line, Parts: line.Split('#')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Where(l => l.Parts.Length > 0)
            .Select(l => new SpellingException(l.Parts[0], l.Parts.Length > 1 ? l.Parts[1] : null, l.Line.Trim()))
            .ToList());

    public bool Allows(string file, string word) => Entries.Any(e => e.Matches(file, word));
}

internal sealed record SpellingException(string Word, string? File, string Line)
{
    public bool Matches(string file, string word) =>
        (File is null || File == file) &&
        (Word.EndsWith('*') ? word.StartsWith(Word[..^1], StringComparison.Ordinal) : word == Word);
}
