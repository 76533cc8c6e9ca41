namespace CapabilityAssessment.Exports.Anonymisation;

/// <summary>What was done to reach k-anonymity (Sweeney 2002), written into every bundle as disclosure.json.</summary>
internal sealed record DisclosureReport(
    int K, double MaxSuppression, long Records, long Suppressed, long Released, int Classes, long? SmallestClass,
    IReadOnlyList<AppliedGeneralisation> Generalisations, string Method, string? EmptyBecause)
{
    public const string MethodText =
        "Full-domain generalisation along the declared hierarchies with record suppression (Samarati 2001; Sweeney 2002): " +
        "the lattice node of lowest total height whose classes below k hold at most the suppression limit; ties broken by " +
        "fewest suppressed records, then the first level vector in lexicographic order. Records in classes below k are removed.";

    public static DisclosureReport From(KAnonymityPlan plan, IReadOnlyDictionary<QiKey, long> histogram)
    {
        var released = KAnonymity.Generalise(plan.Hierarchies, histogram, plan.Levels)
            .Where(c => !plan.SuppressedClasses.Contains(c.Key)).Select(c => c.Value).ToList();
        var generalisations = plan.Hierarchies.Select((h, i) =>
            new AppliedGeneralisation(h.Name, plan.Levels[i], h.Height, h.LevelNames[plan.Levels[i]])).ToList();
        string? empty = plan.Released > 0 ? null
            : plan.Records == 0 ? "No closed assessment matches the request."
            : $"Only {plan.Records} firm record(s) match the request; at least k = {plan.K} are needed for any release.";
        return new DisclosureReport(plan.K, plan.MaxSuppression, plan.Records, plan.Suppressed, plan.Released, released.Count,
            released.Count == 0 ? null : released.Min(), generalisations, MethodText, empty);
    }
}

/// <summary>The level a quasi-identifier was generalised to: 0 is the original value, Height is fully suppressed ("*").</summary>
internal sealed record AppliedGeneralisation(string Variable, int Level, int Height, string LevelName);
