using CapabilityAssessment.Exports.Anonymisation;

namespace CapabilityAssessment.Tests.Exports;

public sealed class k_anonymity
{
    private static readonly string[] Countries = ["FI", "SE", "DK", "EE", "DE", "FR", "IT", "PL", "US", "IS"];
    private static readonly string[] Sections = ["A", "C", "F", "G", "J", "M", "Q", "S"];
    private static readonly string?[] Sizes = ["micro", "small", "medium", "large", null];
    private static readonly string?[] Ages = ["0-4", "5-9", "10-19", "20+", null];
    private static readonly string?[] Turnover = ["under_2m", "2m_10m", "10m_50m", "over_50m", null];
    private const string Roles = "managing_director";

    /// <summary>
    /// Mostly common firms plus a long tail of rare combinations (the records an attacker would single out).
    /// </summary>
    internal static Dictionary<QiKey, long> Population(int seed, int common, int rare)
    {
        var random = new Random(seed);
        var histogram = new Dictionary<QiKey, long>();
        void Add(string?[] values)
            { var key = new QiKey(values); histogram[key] = histogram.GetValueOrDefault(key) + 1; }
        for (var i = 0; i < common; i++)
            Add([Countries[random.Next(3)], Sections[random.Next(2) + 1], Sizes[random.Next(2)], Ages[random.Next(2)],
                Turnover[0], Roles, "en", "1"]);
        for (var i = 0; i < rare; i++)
            Add([Pick(Countries), Pick(Sections), Pick(Sizes), Pick(Ages), Pick(Turnover), Roles, "en", "1"]);
        return histogram;
        string? Pick(string?[] values) => values[random.Next(values.Length)];
    }

    private static Dictionary<QiKey, long> Released(KAnonymityPlan plan, Dictionary<QiKey, long> histogram)
    {
        var released = new Dictionary<QiKey, long>();
        foreach (var (key, count) in histogram)
            if (plan.Apply(key) is { } g) released[new QiKey(g)] = released.GetValueOrDefault(new QiKey(g)) + count;
        return released;
    }

    [Theory]
    [InlineData(1, 2000, 60, 5)]
    [InlineData(2, 300, 200, 5)]
    [InlineData(3, 50, 400, 3)]
    [InlineData(4, 0, 30, 10)]
    [InlineData(5, 10000, 500, 5)]
    public void no_released_class_is_ever_smaller_than_k_on_data_with_rare_combinations(int seed, int common,
        int rare, int k)
    {
        var histogram = Population(seed, common, rare);
        var plan = KAnonymity.Plan(QuasiIdentifiers.All, histogram, k);
        var released = Released(plan, histogram);

        Assert.All(released.Values, size => Assert.True(size >= k, $"a class of {size} < k = {k}"));
        Assert.Equal(plan.Records - plan.Suppressed, released.Values.Sum());
        Assert.True(plan.Suppressed <= Math.Floor(plan.Records * KAnonymity.DefaultMaxSuppression));
    }

    [Fact]
    public void the_chosen_node_is_the_lowest_height_that_meets_the_suppression_limit()
    {
        var histogram = Population(7, 500, 150);
        var plan = KAnonymity.Plan(QuasiIdentifiers.All, histogram);
        var allowed = Math.Floor(plan.Records * KAnonymity.DefaultMaxSuppression);
        // Every node of lower total height would suppress more than allowed.
        foreach (var levels in Lower(plan.Levels.Sum()))
        {
            var classes = KAnonymity.Generalise(QuasiIdentifiers.All, histogram, levels);
            Assert.True(classes.Values.Where(c => c < 5).Sum() > allowed, string.Join(",", levels));
        }
        Assert.Equal(plan, KAnonymity.Plan(QuasiIdentifiers.All, histogram)
            with { SuppressedClasses = plan.SuppressedClasses, Levels = plan.Levels });
    }

    private static IEnumerable<int[]> Lower(int height) =>
        from c in Enumerable.Range(0, 3) from i in Enumerable.Range(0, 3) from s in Enumerable.Range(0, 3)
        from a in Enumerable.Range(0, 2) from t in Enumerable.Range(0, 2) from l in Enumerable.Range(0, 2)
        // roles and count never generalised
        where c + i + s + a + t + l < height select new[] { c, i, s, a, t, 0, l, 0 };

    [Fact]
    public void k_counts_firms_so_one_firm_assessed_k_times_is_suppressed_with_all_its_assessments()
    {
        string?[] Alike(string count) => ["FI", "C", "small", "5-9", "under_2m", Roles, "en", count];
        var once = new QiKey(Alike("1"));
        var fiveTimes = QiKey.Firm([.. Enumerable.Repeat(new QiKey(Alike("5")), 5)]);
        var histogram = new Dictionary<QiKey, long> { [once] = 40, [fiveTimes] = 1 };

        var plan = KAnonymity.Plan(QuasiIdentifiers.All, histogram);

        Assert.Equal((45L, 5L), (plan.Records, plan.Suppressed));
        Assert.Null(plan.Apply(fiveTimes));
        Assert.Equal(Alike("1"), plan.Apply(once));
    }

    [Fact]
    public void the_search_is_deterministic()
    {
        var histogram = Population(11, 400, 120);
        var a = KAnonymity.Plan(QuasiIdentifiers.All, histogram);
        var b = KAnonymity.Plan(QuasiIdentifiers.All, new Dictionary<QiKey, long>(histogram.Reverse()));
        Assert.Equal(a.Levels, b.Levels);
        Assert.True(a.SuppressedClasses.SetEquals(b.SuppressedClasses));
    }

    [Fact]
    public void fewer_records_than_k_suppress_everything_and_say_why()
    {
        var histogram = Population(3, 0, 4);
        var plan = KAnonymity.Plan(QuasiIdentifiers.All, histogram, k: 5);
        var report = DisclosureReport.From(plan, histogram);

        Assert.Equal(0, plan.Released);
        Assert.All(histogram.Keys, key => Assert.Null(plan.Apply(key)));
        Assert.Equal("Fewer than k = 5 firm records could be released for this request; nothing is released.",
            report.EmptyBecause);
        // An empty release reports no counts: windows cannot be used to count firms.
        Assert.Equal((0L, 0L, 0L, 0), (report.Records, report.Suppressed, report.Released, report.Classes));
    }

    [Fact]
    public void the_disclosure_report_states_k_the_generalisations_and_the_suppressed_records()
    {
        var histogram = Population(5, 800, 100);
        var plan = KAnonymity.Plan(QuasiIdentifiers.All, histogram);
        var report = DisclosureReport.From(plan, histogram);

        Assert.Equal(5, report.K);
        Assert.Equal(["country", "industry", "size_class", "age_class", "turnover_band", "respondent_roles", "language",
            "firm_assessments"],
            report.Generalisations.Select(g => g.Variable));
        Assert.Equal(plan.Levels, report.Generalisations.Select(g => g.Level));
        Assert.Equal(plan.Suppressed, report.Suppressed);
        Assert.Equal(report.Records, report.Released + report.Suppressed);
        Assert.True(report.SmallestClass >= 5);
        Assert.Null(report.EmptyBecause);
    }
}
