using System.Globalization;

namespace CapabilityAssessment.Exports.Anonymisation;

/// <summary>
/// What was done to reach k-anonymity (Sweeney 2002), written into every bundle as disclosure.json: the level each
/// quasi-identifier was generalised to, what the researcher asked for, the records suppressed, and in Cost one sentence
/// of what it cost. An EMPTY release reports no counts at all, only that fewer than k records could be released, so
/// that windows cannot be used to count firms.
/// </summary>
internal sealed record DisclosureReport(
    int K, double MaxSuppression, long Records, long Suppressed, long Released, int Classes, long? SmallestClass,
    IReadOnlyList<AppliedGeneralisation> Generalisations, string Method, string? EmptyBecause)
{
    public const string MethodText =
        "Full-domain generalisation along the declared hierarchies with record suppression (Samarati 2001; " +
        "Sweeney 2002): the lattice node of lowest total height whose classes below k hold at most the suppression " +
        "limit; ties broken by fewest suppressed records, then the lowest level of the quasi-identifier " +
        "named first by " +
        "the researcher (then in declared order). The unit is the firm: its key is the sequence of its assessments' " +
        "quasi-identifiers, k counts firms, and a firm in a class below k is removed with all its assessments.";

    /// <summary>The researcher's bounds, as "variable: levels a-b" (empty when none were given).</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>False when the researcher's bounds forced more suppression than the limit.</summary>
    public bool WithinSuppressionLimit { get; init; } = true;

    /// <summary>What was generalised and suppressed, and what it cost, in one sentence.</summary>
    public string? Cost { get; init; }

    public static string EmptyText(int k) =>
        $"Fewer than k = {k} firm records could be released for this request; nothing is released.";

    public static DisclosureReport From(KAnonymityPlan plan, IReadOnlyDictionary<QiKey, long> histogram)
    {
        var released = KAnonymity.Generalise(plan.Hierarchies, histogram, plan.Levels)
            .Where(c => !plan.SuppressedClasses.Contains(c.Key)).Select(c => c.Value).ToList();
        var generalisations = plan.Hierarchies.Select((h, i) => new AppliedGeneralisation(
            h.Name, plan.Levels[i], h.Height, h.LevelNames[Math.Min(plan.Levels[i], h.LevelNames.Count - 1)])).ToList();
        var choices = plan.Choices.Select(c =>
            $"{c.Variable}: levels {c.MinLevel ?? 0}-{c.MaxLevel?.ToString() ?? "top"}").ToList();
        if (plan.Released == 0)
            return new DisclosureReport(plan.K, plan.MaxSuppression, 0, 0, 0, 0, null, generalisations, MethodText,
                EmptyText(plan.K)) { Choices = choices };
        return new DisclosureReport(plan.K, plan.MaxSuppression, plan.Records, plan.Suppressed, plan.Released,
            released.Count, released.Min(), generalisations, MethodText, null)
        {
            Choices = choices, WithinSuppressionLimit = plan.WithinLimit, Cost = CostOf(plan, generalisations),
        };
    }

    private static string CostOf(KAnonymityPlan plan, IReadOnlyList<AppliedGeneralisation> generalisations)
    {
        var coarsened = generalisations.Where(g => g.Level > 0)
            .Select(g => g.Level >= g.Height ? $"{g.Variable} suppressed (\"*\")" : $"{g.Variable} to {g.LevelName}")
            .ToList();
        var share = (100.0 * plan.Suppressed / plan.Records).ToString("0.0", CultureInfo.InvariantCulture);
        var limit = (100 * plan.MaxSuppression).ToString("0.#", CultureInfo.InvariantCulture);
        return (coarsened.Count == 0 ? "No quasi-identifier was generalised"
            : "Generalised: " + string.Join(", ", coarsened)) +
            $"; {plan.Suppressed} of {plan.Records} firm records ({share} %) suppressed in classes below k = {plan.K}" +
            (plan.WithinLimit ? "." : $", more than the limit of {limit} % " + (plan.Choices.Count > 0
                ? "because of the requested levels." : "because rare sets of respondent roles cannot be generalised."));
    }
}

/// <summary>
/// The level a quasi-identifier was generalised to: 0 is the original value, Height is fully suppressed ("*").
/// </summary>
internal sealed record AppliedGeneralisation(string Variable, int Level, int Height, string LevelName);
