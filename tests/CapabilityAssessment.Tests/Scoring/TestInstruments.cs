using System.Collections.Immutable;
using System.Globalization;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;

namespace CapabilityAssessment.Tests.Scoring;

/// <summary>
/// Small instruments built in code. Items are written "a1 a2r a3*2": suffix r = reverse-keyed, *w = weight.
/// Constructs go to module "main" (asked of everyone) unless a module is named; bands are nascent [0,40),
/// developing [40,70), advanced [70,100].
/// </summary>
internal sealed class TestInstrument(int points = 5)
{
    private readonly List<Construct> _constructs = [];
    private readonly List<(string Key, string[] Roles, bool KeyInformant, List<string> Constructs)> _modules =
        [("main", [], false, [])];

    public static LocalizedText Text(string en) => LocalizedText.Of([new("en", en)]);

    public TestInstrument Module(string key, bool keyInformant = false, params string[] roles)
    {
        _modules.Add((key, roles, keyInformant, []));
        return this;
    }

    public TestInstrument Construct(string key, Layer layer, string items, int? minAnswered = null,
        string module = "main")
    {
        var parsed = items.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(spec =>
        {
            var parts = spec.Split('*');
            var weight = parts.Length > 1 ? double.Parse(parts[1], CultureInfo.InvariantCulture) : 1;
            var reverse = parts[0].EndsWith('r');
            var id = reverse ? parts[0][..^1] : parts[0];
            return new Item(id, Text(id), reverse, weight, new ItemSource(null, null, null, "test"));
        }).ToList();
        var interpretation = new[] { "nascent", "developing", "advanced" }.ToImmutableSortedDictionary(
            band => band, band => new Interpretation(Text($"{key} is {band}"), Text($"Improve {key} from {band}")),
            StringComparer.Ordinal);
        _constructs.Add(new Construct(key, layer, Text(key), Text(key), "s",
            new ScoringRule(minAnswered, interpretation), parsed));
        _modules.Single(m => m.Key == module).Constructs.Add(key);
        return this;
    }

    /// <summary>Changes the construct added last (kind, referent, facets, scoring rule).</summary>
    public TestInstrument With(Func<Construct, Construct> change)
    {
        _constructs[^1] = change(_constructs[^1]);
        return this;
    }

    /// <summary>
    /// The construct added last becomes an index scored by the given rule; indices have no interpretation.
    /// </summary>
    public TestInstrument AsIndex(IndexRule rule, int? threshold = null) => With(c => c with
    {
        Kind = ConstructKind.Index,
        Scoring = new ScoringRule(c.Scoring.MinAnswered, ImmutableSortedDictionary<string, Interpretation>.Empty,
            rule, threshold),
    });

    public TestInstrument Facets(params (string Key, string[] Items)[] facets) =>
        With(c => c with { Facets = facets.Select(f => new Facet(f.Key, Text(f.Key), f.Items)).ToList() });

    public InstrumentDefinition Build() => new(
        "test", 1, InstrumentStatus.Published, ["en"], Text("Test"), Text("Test"), null, [],
        [new Scale("s", points, Enumerable.Range(1, points).Select(p => Text(p.ToString(CultureInfo.InvariantCulture)))
            .ToList(), Text("Don't know"))],
        [new Role("managing_director", Text("MD")), new Role("management_team", Text("Team"))],
        [new Band("nascent", 0, 40, Text("Nascent")), new Band("developing", 40, 70, Text("Developing")),
            new Band("advanced", 70, 100, Text("Advanced"))],
        _modules.Where(m => m.Constructs.Count > 0)
            .Select(m => new Module(m.Key, Text(m.Key), null, m.Roles, m.KeyInformant, m.Constructs)).ToList(),
        _constructs, null);
}

/// <summary>
/// Respondents from "a1=4 a2=? a3=5" (? = don't know); submitted in the order created unless told otherwise.
/// </summary>
internal static class TestRespondent
{
    private static int _created;

    public static Respondent Create(string answers, string role = "management_team", bool submitted = true)
    {
        var order = Interlocked.Increment(ref _created);
        var parsed = answers.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(a => a.Split('='))
            .ToImmutableDictionary(a => a[0], a => a[1] == "?"
                ? new RecordedAnswer(null, true, 1)
                : new RecordedAnswer(int.Parse(a[1], CultureInfo.InvariantCulture), false, 1));
        return new Respondent(new Guid(order, 0, 0, new byte[8]), role, parsed, [],
            submitted ? new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(order) : null);
    }

    /// <summary>The same answer to every listed item: "a1 a2 a3" answered 4 gives "a1=4 a2=4 a3=4".</summary>
    public static string All(string items, string answer) =>
        string.Join(' ', items.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(i => $"{i}={answer}"));
}
