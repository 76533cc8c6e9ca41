using CapabilityAssessment.Exports.Anonymisation;

namespace CapabilityAssessment.Tests.Exports;

/// <summary>
/// The researcher bounds quasi-identifiers; the plan honours the bounds and the report says what it cost.
/// </summary>
public sealed class researcher_choices
{
    private static int Level(KAnonymityPlan plan, string variable) =>
        plan.Levels[QuasiIdentifiers.All.ToList().FindIndex(h => h.Name == variable)];

    [Fact]
    public void keeping_industry_at_section_level_and_coarsening_country_to_region_is_honoured_and_reported()
    {
        var histogram = k_anonymity.Population(5, 800, 100);
        var free = KAnonymity.Plan(QuasiIdentifiers.All, histogram);
        QiChoice[] choices = [new("industry", null, 0), new("country", 1, 1)];
        var plan = KAnonymity.Plan(QuasiIdentifiers.All, histogram, choices: choices);
        var report = DisclosureReport.From(plan, histogram);

        Assert.Equal(0, Level(plan, "industry"));
        Assert.Equal(1, Level(plan, "country"));
        Assert.All(histogram.Keys.Select(plan.Apply).OfType<string[]>(), g =>
            Assert.DoesNotContain(g[1], new[] { "*", "B-E", "G-I" }));
        Assert.Equal(["industry: levels 0-0", "country: levels 1-1"], report.Choices);
        Assert.Contains("country to region", report.Cost);
        Assert.Contains($"{plan.Suppressed} of {plan.Records} firm records", report.Cost);
        Assert.True(report.SmallestClass >= 5);
        // Keeping industry fine is paid for elsewhere: by suppression or coarser other attributes than the free plan.
        Assert.True(plan.Suppressed > free.Suppressed || plan.Levels.Sum() >= free.Levels.Sum());
    }

    [Fact]
    public void bounds_that_leave_no_plan_within_the_suppression_limit_suppress_more_and_say_so()
    {
        var histogram = k_anonymity.Population(3, 50, 400);
        QiChoice[] keepAll = [.. QuasiIdentifiers.All.Select(h => new QiChoice(h.Name, null, 0))];
        var plan = KAnonymity.Plan(QuasiIdentifiers.All, histogram, choices: keepAll);
        var report = DisclosureReport.From(plan, histogram);

        Assert.All(plan.Levels, l => Assert.Equal(0, l));
        Assert.False(report.WithinSuppressionLimit);
        Assert.Contains("more than the limit of 5 %", report.Cost);
        Assert.True(report.Released == 0 || report.SmallestClass >= 5);
    }

    [Fact]
    public void a_rare_set_of_respondent_roles_is_a_class_of_its_own_and_is_suppressed()
    {
        var histogram = new Dictionary<QiKey, long>
        {
            [new QiKey(["FI", "C", "small", "5-9", "2m_10m", "managing_director", "en", "1"])] = 40,
            [new QiKey(["FI", "C", "small", "5-9", "2m_10m", "management_team+managing_director", "en", "1"])] = 1,
        };
        var plan = KAnonymity.Plan(QuasiIdentifiers.All, histogram);

        Assert.Equal(1, plan.Suppressed);
        Assert.Null(plan.Apply(histogram.Keys.Last()));
        Assert.Equal("managing_director", plan.Apply(histogram.Keys.First())![5]);
    }

    [Theory]
    [InlineData("nope", 0, 0, "'nope' is not a quasi-identifier")]
    [InlineData("country", 0, 3, "levels of 'country' run from 0 to 2")]
    [InlineData("industry", 2, 1, "minLevel of 'industry' is above its maxLevel")]
    public void an_unknown_variable_or_level_is_refused_naming_the_rule(string variable, int min, int max,
        string message)
    {
        Assert.Contains(message, QiChoice.Problem([new QiChoice(variable, min, max)]));
    }
}
