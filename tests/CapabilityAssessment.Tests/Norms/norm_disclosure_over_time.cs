using CapabilityAssessment.Benchmarks;
using CapabilityAssessment.Norms;

namespace CapabilityAssessment.Tests.Norms;

/// <summary>
/// The release rules between consecutive releases: a cell moves only when k or more firms changed in it.
/// </summary>
public sealed class norm_disclosure_over_time
{
    private static readonly BenchmarkOptions Options = new BenchmarkOptions().WithDefaults();
    private const string Everyone = "everyone=all", Metric = "construct:x@v1";

    private static Dictionary<(string, string), Histogram> Population(
        params (string Group, double[] Scores)[] groups) =>
        groups.ToDictionary(g => (g.Group, Metric), g => Histogram.Of(g.Scores));

    private static double[] Scores(int n, double start = 40) => [.. Enumerable.Range(0, n).Select(i => start + i)];

    [Theory]
    [InlineData(1), InlineData(2), InlineData(3), InlineData(4), InlineData(5), InlineData(6)]
    public void a_group_that_grew_by_fewer_than_k_firms_repeats_its_figures(int added)
    {
        var first = NormDisclosure.Decide(Population((Everyone, Scores(30))),
            new Dictionary<(string, string), NormCell>(), (_, _, _) => 0, 1, Options)
            .ToDictionary(c => (c.Group, c.Metric));
        var grown = Population((Everyone, [.. Scores(30), .. Enumerable.Repeat(99.0, added)]));
        var second = NormDisclosure.Decide(grown, first, (b, g, m) => b == 1 ? added : 0, 2, Options).Single();
        Assert.True(second.Released);
        if (added < Options.K)
        {
            Assert.True(second.Carried);
            Assert.Equal(first[(Everyone, Metric)].Figures, second.Figures);
            Assert.Equal(1, second.Basis);
        }
        else
        {
            Assert.False(second.Carried);
            Assert.Equal(30 + added, second.Figures!.N);
            Assert.Equal(2, second.Basis);
        }
    }

    [Fact]
    public void changes_accumulate_against_the_release_the_figures_came_from()
    {
        var first = NormDisclosure.Decide(Population((Everyone, Scores(30))),
            new Dictionary<(string, string), NormCell>(), (_, _, _) => 0, 1, Options)
            .ToDictionary(c => (c.Group, c.Metric));
        // 3 firms by release 2 (carried, basis 1), 6 by release 3 counted from release 1: new figures.
        var second = NormDisclosure.Decide(Population((Everyone, Scores(33))), first, (b, _, _) =>
            b == 1 ? 3 : 0, 2, Options)
            .ToDictionary(c => (c.Group, c.Metric));
        Assert.Equal(1, second[(Everyone, Metric)].Basis);
        var third = NormDisclosure.Decide(Population((Everyone, Scores(36))), second, (b, _, _) => b == 1 ? 6 : 3, 3,
            Options).Single();
        Assert.Equal(3, third.Basis);
        Assert.Equal(36, third.Figures!.N);
    }

    [Fact]
    public void a_parent_is_carried_when_its_children_would_isolate_fewer_than_k_changed_firms()
    {
        // Industry C gained 5 firms (new figures), industry J gained 1 (carried): everyone gained 6. New figures for
        // everyone minus new figures for C, each against release 1, would give J's one new firm.
        var groups = new[] { (Everyone, Scores(60)), ("industry=C", Scores(30)), ("industry=J", Scores(30, 50)) };
        var first = NormDisclosure.Decide(Population(groups), new Dictionary<(string, string), NormCell>(), (_, _, _) =>
            0, 1, Options)
            .ToDictionary(c => (c.Group, c.Metric));
        var later = Population((Everyone, Scores(66)), ("industry=C", Scores(35)), ("industry=J", Scores(31, 50)));
        var changed = new Dictionary<string, int> { [Everyone] = 6, ["industry=C"] = 5, ["industry=J"] = 1 };
        var second = NormDisclosure.Decide(later, first, (_, g, _) => changed.GetValueOrDefault(g), 2, Options)
            .ToDictionary(c => c.Group);
        Assert.Equal(2, second["industry=C"].Basis);
        Assert.True(second["industry=J"].Carried);
        Assert.True(second[Everyone].Carried);
        Assert.Equal(60, second[Everyone].Figures!.N);
    }

    [Fact]
    public void a_withheld_group_keeps_the_figures_it_last_showed_for_the_next_comparison()
    {
        var first = NormDisclosure.Decide(Population((Everyone, Scores(30)), ("industry=C", Scores(10))),
            new Dictionary<(string, string), NormCell>(), (_, _, _) => 0, 1, Options)
                .ToDictionary(c => (c.Group, c.Metric));
        Assert.True(first[("industry=C", Metric)].Released);
        // Six firms leave C: 4 is under k, so C is withheld, but remembers what it showed at release 1.
        var second = NormDisclosure.Decide(Population((Everyone, Scores(24)), ("industry=C", Scores(4))), first,
            (_, g, _) => 6, 2, Options).ToDictionary(c => (c.Group, c.Metric));
        var c = second[("industry=C", Metric)];
        Assert.False(c.Released);
        Assert.Equal(1, c.Basis);
        Assert.Equal(10, c.Figures!.N);
    }

    [Fact]
    public void a_group_under_k_firms_is_never_shown()
    {
        var cells = NormDisclosure.Decide(Population((Everyone, Scores(30)), ("industry=C", Scores(4))),
            new Dictionary<(string, string), NormCell>(), (_, _, _) => 0, 1, Options);
        Assert.False(cells.Single(c => c.Group == "industry=C").Released);
        Assert.StartsWith("BELOW_THRESHOLD", cells.Single(c => c.Group == "industry=C").Withheld);
    }
}
