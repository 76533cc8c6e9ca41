namespace CapabilityAssessment.Instruments;

/// <summary>
/// How a version declares its relation to the previous one, so benchmarks pool only what is comparable.
/// </summary>
internal static class CrosswalkRules
{
    public static void Check(InstrumentDefinition d, InstrumentDefinition? previous, ParseContext context)
    {
        void Bad(string path, string message) => context.Report(path, ProblemCodes.BadCrosswalk, message);
        if (d.Crosswalk is not { } walk)
        {
            if (d.Version > 1) Bad("version", $"version {d.Version} needs a crosswalk from version {d.Version - 1}");
            return;
        }
        if (d.Version <= 1)
        {
            Bad("crosswalk", "the first version has no previous version to cross-walk from");
            return;
        }
        if (walk.From != d.Version - 1)
            Bad("crosswalk.from", $"from {walk.From} is not the previous version {d.Version - 1}");
        if (previous is null)
        {
            Bad("crosswalk.from", $"version {d.Version - 1} of '{d.Key}' was not found (or could not be read)");
            return;
        }
        var now = d.Constructs.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var before = previous.Constructs.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var declared = new HashSet<string>(StringComparer.Ordinal);
        var lists = new (string List, IEnumerable<string> Keys, bool InNow, bool InBefore)[]
        {
            ("comparable", walk.Comparable, true, true),
            ("equivalent", walk.Equivalent.Select(e => e.Construct), true, true),
            ("changed", walk.Changed, true, true),
            ("added", walk.Added, true, false),
            ("removed", walk.Removed, false, true),
        };
        foreach (var (list, keys, inNow, inBefore) in lists)
            foreach (var (key, i) in keys.Select((k, i) => (k, i)))
            {
                var path = list == "equivalent" ? $"crosswalk.equivalent[{i}].construct" : $"crosswalk.{list}[{i}]";
                if (!declared.Add(key)) Bad(path, $"construct '{key}' is listed more than once in the crosswalk");
                if (now.Contains(key) != inNow)
                    Bad(path, inNow ? $"construct '{key}' is not in this version"
                        : $"removed construct '{key}' is still in this version");
                if (before.Contains(key) != inBefore)
                    Bad(path, inBefore ? $"construct '{key}' is not in version {previous.Version}"
                        : $"added construct '{key}' was already in version {previous.Version}");
            }
        foreach (var key in before.Where(k => !declared.Contains(k)).Order(StringComparer.Ordinal))
            Bad("crosswalk",
                $"construct '{key}' of version {previous.Version} is not declared comparable, equivalent, changed " +
                "or removed");
        foreach (var key in now.Where(k => !declared.Contains(k)).Order(StringComparer.Ordinal))
            Bad("crosswalk", $"construct '{key}' is new in this version but not listed under added");
        foreach (var (key, i) in walk.Comparable.Select((k, i) => (k, i)))
            if (d.FindConstruct(key) is { } a && previous.FindConstruct(key) is { } b
                && !SameItems(a, b, wording: true))
                Bad($"crosswalk.comparable[{i}]",
                    $"the items of '{key}' differ from version {previous.Version}; declare it equivalent (wording " +
                    "only) or changed");
        // Same items scored by another rule (a reflective mean become a count index) give scores that do not pool.
        foreach (var (key, path) in walk.Comparable.Select((k, i) => (k, $"crosswalk.comparable[{i}]"))
                     .Concat(walk.Equivalent.Select((e, i) => (e.Construct, $"crosswalk.equivalent[{i}].construct"))))
            if (d.FindConstruct(key) is { } a && previous.FindConstruct(key) is { } b && !SameScoring(a, b))
                Bad(path,
                    $"'{key}' is scored differently than in version {previous.Version} (kind, rule or threshold); " +
                    "declare it changed");
        foreach (var (eq, i) in walk.Equivalent.Select((e, i) => (e, i)))
            if (d.FindConstruct(eq.Construct) is { } a && previous.FindConstruct(eq.Construct) is { } b
                && !SameItems(a, b, wording: false))
                Bad($"crosswalk.equivalent[{i}].construct",
                    $"'{eq.Construct}' has different item ids than in version {previous.Version}, so it changed more " +
                    "than its wording; declare it changed");
    }

    private static bool SameScoring(Construct a, Construct b) =>
        (a.Kind ?? ConstructKind.Scale) == (b.Kind ?? ConstructKind.Scale) && a.Scoring.Rule == b.Scoring.Rule &&
        a.Scoring.Threshold == b.Scoring.Threshold && a.IsOutcome == b.IsOutcome;

    private static bool SameItems(Construct a, Construct b, bool wording) =>
        a.Items.Count == b.Items.Count && a.Items.Zip(b.Items).All(p =>
            p.First.Id == p.Second.Id && p.First.Reverse == p.Second.Reverse
                && p.First.Weight.Equals(p.Second.Weight) &&
            (!wording || p.First.Text.Texts.SequenceEqual(p.Second.Text.Texts)));
}
