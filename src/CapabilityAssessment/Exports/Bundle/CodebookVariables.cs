using CapabilityAssessment.Instruments;

namespace CapabilityAssessment.Exports.Bundle;

/// <summary>
/// The instrument's metadata on each variable of a release: for an item (q_*) and a construct's score variables (rs_*,
/// fs_*, rwg_*) the construct, its kind, an index's rule and the referent, and for an item its facet. A
/// value that differs between the release's versions is given per version ("v1: scale; v2: index"); a
/// version without the item says nothing.
/// </summary>
internal static class CodebookVariables
{
    public static IReadOnlyList<ExportVariable> Describe(ReleaseLayout layout, IReadOnlyList<ExportVariable> variables)
    {
        var items = Per(layout, v => v.Constructs.SelectMany(c =>
            c.Items.Select(i => (Name: CodebookConstruct.Item(i.Id), c,
            Facet: c.FacetList.FirstOrDefault(f => f.Items.Contains(i.Id))?.Key))));
        var scores = Per(layout, v => v.Constructs.SelectMany(c => new[] { "rs_", "fs_", "rwg_" }
            .Select(prefix => (Name: VariableNames.Safe(prefix, c.Key), c, Facet: (string?)null))));
        return [.. variables.Select(v => (items.GetValueOrDefault(v.Name)
            ?? scores.GetValueOrDefault(v.Name)) is not { } of ? v : v with
        {
            Construct = Join(of, x => x.Construct.Key),
            Kind = Join(of, x => CodebookConstruct.KindOf(x.Construct)),
            IndexRule = Join(of, x => CodebookConstruct.IndexRuleOf(x.Construct)),
            Referent = Join(of, x => CodebookConstruct.ReferentOf(x.Construct)),
            Facet = Join(of, x => x.Facet),
        })];
    }

    private sealed record Use(int Version, Construct Construct, string? Facet);

    private static Dictionary<string, List<Use>> Per(
        ReleaseLayout layout,
        Func<InstrumentDefinition, IEnumerable<(string Name, Construct Construct, string? Facet)>> uses)
    {
        var found = new Dictionary<string, List<Use>>();
        foreach (var version in layout.Versions)
            foreach (var (name, construct, facet) in uses(version))
                (found.TryGetValue(name, out var list) ? list : found[name] = [])
                    .Add(new Use(version.Version, construct, facet));
        return found;
    }

    private static string? Join(List<Use> uses, Func<Use, string?> value)
    {
        var values = uses.Select(u => (u.Version, Value: value(u))).ToList();
        if (values.Select(v => v.Value).Distinct().Count() == 1) return values[0].Value;
        return string.Join("; ", values.Select(v => $"v{v.Version}: {v.Value ?? "none"}"));
    }
}
