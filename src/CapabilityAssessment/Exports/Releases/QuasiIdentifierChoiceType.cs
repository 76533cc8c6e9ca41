using CapabilityAssessment.Exports.Anonymisation;
using GraphQL.Types;

namespace CapabilityAssessment.Exports.Releases;

internal sealed class QuasiIdentifierChoiceType : InputObjectGraphType<QiChoice>
{
    public QuasiIdentifierChoiceType()
    {
        Name = "QuasiIdentifierChoice";
        Description = "Bounds on one quasi-identifier's generalisation level (0 = the value itself; the top level is " +
            "\"*\"). Levels: " + string.Join("; ", QuasiIdentifiers.All.Select(Levels));
        Field<NonNullGraphType<StringGraphType>>("variable")
            .Description(string.Join(", ", QuasiIdentifiers.All.Select(h => h.Name)));
        Field<IntGraphType>("minLevel").Description("Generalise at least to this level (default 0)");
        Field<IntGraphType>("maxLevel").Description("Generalise at most to this level (default: the top)");
    }

    private static string Levels(Hierarchy h) =>
        $"{h.Name} " + string.Join(", ", h.LevelNames.Select((n, i) => $"{i} = {n}")) +
        (h.Height > 0 ? " (\"*\")" : " (never generalised)");

    public override object ParseDictionary(IDictionary<string, object?> value) => new QiChoice(
        (string)value["variable"]!, value.TryGetValue("minLevel", out var min) ? (int?)min : null,
        value.TryGetValue("maxLevel", out var max) ? (int?)max : null);
}
