using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;

namespace CapabilityAssessment.Scoring;

/// <summary>
/// An instrument version flattened into arrays once, so scoring a construct is a loop over items without LINQ or
/// lookups by key (the engine's budget is 500,000 constructs per second on one core).
/// </summary>
internal sealed class ScoringPlan
{
    private static readonly ConditionalWeakTable<InstrumentDefinition, ScoringPlan> Plans = new();

    private ScoringPlan(ConstructPlan[] constructs) => Constructs = constructs;

    public ConstructPlan[] Constructs { get; }

    public static ScoringPlan For(InstrumentDefinition instrument) => Plans.GetValue(instrument, Build);

    private static ScoringPlan Build(InstrumentDefinition instrument) =>
        new(instrument.Constructs.Select((c, index) =>
        {
            var module = instrument.Modules.FirstOrDefault(m => m.Constructs.Contains(c.Key));
            var points = instrument.FindScale(c.Scale)?.Points
                ?? throw new InvalidOperationException($"Construct {c.Key} refers to unknown scale {c.Scale}");
            var ids = c.Items.Select(i => i.Id).ToList();
            return new ConstructPlan(c, index, points, module, ids.ToArray(),
                c.Items.Select(i => i.Reverse).ToArray(), c.Items.Select(i => i.Weight).ToArray(), c.MinAnswered,
                c.IsIndex && c.Scoring.Rule == IndexRule.Count ? c.Scoring.Threshold : null,
                c.FacetList.Select(f => f.Items.Select(id => ids.IndexOf(id)).ToArray()).ToArray());
        }).ToArray());
}

/// <param name="CountThreshold">Set for a count index: the score counts items answered at or above it.</param>
/// <param name="Facets">Per facet of the construct, the indexes of its items in ItemIds.</param>
internal sealed record ConstructPlan(
    Construct Construct, int Index, int Points, Module? Module, string[] ItemIds, bool[] Reverse, double[] Weights,
    int MinAnswered, int? CountThreshold = null, int[][]? Facets = null)
{
    /// <summary>A facet is a sub-score over 2 to a few items: it needs at least 2 of them answered.</summary>
    public const int FacetMinAnswered = 2;

    /// <summary>A construct in no module is asked of nobody; a module without roles is asked of everyone.</summary>
    public bool IsAskedOf(string role)
    {
        if (Module is null) return false;
        var roles = Module.Roles;
        if (roles.Count == 0) return true;
        for (var i = 0; i < roles.Count; i++)
            if (roles[i] == role) return true;
        return false;
    }

    public bool IsKeyInformant => Module?.KeyInformant == true;

    /// <summary>
    /// The answer to item <paramref name="item"/> on the 1..points scale, or null when missing, "don't know" or outside
    /// the scale. Keyed: reverse-keyed items are scored as points + 1 - x (instruments/README.md).
    /// </summary>
    public double? Value(ImmutableDictionary<string, RecordedAnswer> answers, int item, bool keyed)
    {
        if (!answers.TryGetValue(ItemIds[item], out var answer) || answer.DontKnow || answer.Value is not { } x)
            return null;
        if (x < 1 || x > Points) return null;
        return keyed && Reverse[item] ? Points + 1 - x : x;
    }
}
