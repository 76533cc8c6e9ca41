namespace CapabilityAssessment.Instruments;

/// <summary>
/// What changed between two versions, item by item (ids are stable across versions), plus the declared crosswalk.
/// </summary>
internal sealed record InstrumentChanges(
    string Key, int From, int To,
    IReadOnlyList<ItemChange> Added, IReadOnlyList<ItemChange> Removed, IReadOnlyList<ItemChange> Changed,
    Crosswalk? Crosswalk)
{
    public static InstrumentChanges Between(InstrumentDefinition from, InstrumentDefinition to)
    {
        var before = Items(from);
        var after = Items(to);
        return new InstrumentChanges(to.Key, from.Version, to.Version,
            Added: after.Values.Where(a => !before.ContainsKey(a.Id))
                .Select(a => new ItemChange(a.Id, a.Construct, null, a.Item))
                .ToList(),
            Removed: before.Values.Where(b => !after.ContainsKey(b.Id))
                .Select(b => new ItemChange(b.Id, b.Construct, b.Item, null))
                .ToList(),
            Changed: after.Values.Where(a => before.TryGetValue(a.Id, out var b) && Differs(b, a))
                .Select(a => new ItemChange(a.Id, a.Construct, before[a.Id].Item, a.Item)).ToList(),
            Crosswalk: to.Crosswalk);
    }

    private static Dictionary<string, (string Id, string Construct, Item Item)> Items(InstrumentDefinition d) =>
        d.Constructs.SelectMany(c => c.Items.Select(i => (i.Id, Construct: c.Key, Item: i)))
            .DistinctBy(i => i.Id).ToDictionary(i => i.Id, StringComparer.Ordinal);

    private static bool Differs((string Id, string Construct, Item Item) b,
        (string Id, string Construct, Item Item) a) =>
        a.Construct != b.Construct || a.Item.Reverse != b.Item.Reverse || !a.Item.Weight.Equals(b.Item.Weight) ||
        !a.Item.Text.Texts.SequenceEqual(b.Item.Text.Texts);
}

/// <summary>
/// An item present before, after or both; Before is null for an added item and After for a removed one.
/// </summary>
internal sealed record ItemChange(string Id, string Construct, Item? Before, Item? After);
