namespace CapabilityAssessment.Exports.Anonymisation;

/// <summary>
/// A researcher's bound on one quasi-identifier: generalise it to at least MinLevel and at most MaxLevel (levels as
/// the hierarchy declares them, 0 = the value itself). The order of the choices is their importance: ties between
/// equally good plans keep the first-named quasi-identifiers finer.
/// </summary>
internal sealed record QiChoice(string Variable, int? MinLevel, int? MaxLevel)
{

    public static IReadOnlyList<(int Min, int Max)> Bounds(IReadOnlyList<Hierarchy> hierarchies,
        IReadOnlyList<QiChoice>? choices) =>
        [.. hierarchies.Select(h => choices?.FirstOrDefault(c => c.Variable == h.Name) is { } c
            ? (Math.Clamp(c.MinLevel ?? 0, 0, h.Height), Math.Clamp(c.MaxLevel ?? h.Height, c.MinLevel ?? 0, h.Height))
            : (0, h.Height))];

    /// <summary>
    /// Indexes of the hierarchies, the researcher's first (in their order), then the rest in declared order.
    /// </summary>
    public static int[] Priority(IReadOnlyList<Hierarchy> hierarchies, IReadOnlyList<QiChoice>? choices)
    {
        var names = hierarchies.Select(h => h.Name).ToList();
        var named = (choices ?? []).Select(c => names.IndexOf(c.Variable)).Where(i => i >= 0);
        return [.. named.Concat(Enumerable.Range(0, hierarchies.Count)).Distinct()];
    }

    /// <summary>Null when valid, else the message naming the field and the rule.</summary>
    public static string? Problem(IReadOnlyList<QiChoice> choices)
    {
        foreach (var c in choices)
        {
            if (QuasiIdentifiers.Find(c.Variable) is not { } h)
                return $"quasiIdentifiers: '{c.Variable}' is not a quasi-identifier; known: " +
                    string.Join(", ", QuasiIdentifiers.All.Select(x => x.Name)) + ".";
            if (c.MinLevel is < 0 || c.MinLevel > h.Height || c.MaxLevel is < 0 || c.MaxLevel > h.Height)
                return $"quasiIdentifiers: levels of '{h.Name}' run from 0 to {h.Height} (" +
                    string.Join(", ", h.LevelNames.Select((n, i) => $"{i} = {n}")) + ").";
            if (c.MinLevel > c.MaxLevel)
                return $"quasiIdentifiers: minLevel of '{h.Name}' is above its maxLevel.";
        }
        return choices.GroupBy(c => c.Variable).FirstOrDefault(g => g.Count() > 1) is { } twice
            ? $"quasiIdentifiers: '{twice.Key}' is named twice." : null;
    }
}
