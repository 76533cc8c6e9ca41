using CapabilityAssessment.Benchmarks;

namespace CapabilityAssessment.Tests.Benchmarks;

public sealed class complementary_suppression
{
    private static readonly BenchmarkOptions Options = new BenchmarkOptions { Dimensions = ["country", "size"],
        Combinations = ["country+size"] }.WithDefaults();

    private static Dictionary<PeerGroup, SuppressionReason> Decide(params (string Group, int N)[] counts) =>
        Suppression.Decide(counts.ToDictionary(c => PeerGroup.Parse(c.Group), c => c.N), Options);

    [Fact]
    public void groups_under_k_are_withheld_and_groups_from_k_are_released()
    {
        var withheld = Decide(("everyone=all", 9), ("country=FI", 5), ("country=SE", 4));
        Assert.Equal(Suppression.BelowThreshold, withheld[PeerGroup.Parse("country=SE")].Code);
        // FI alone would reveal SE as everyone minus FI: the complement has 4 < 5 firms, so FI is withheld too.
        Assert.Equal(Suppression.Complementary, withheld[PeerGroup.Parse("country=FI")].Code);
        Assert.False(withheld.ContainsKey(PeerGroup.Everyone));
    }

    [Fact]
    public void a_child_whose_complement_in_its_parent_has_fewer_than_k_firms_is_withheld()
    {
        // FI has 12 firms: 9 small, 3 medium. FI minus FI|small would be the 3 medium firms.
        var withheld = Decide(("everyone=all", 30), ("country=FI", 12), ("country=SE", 18), ("size=small", 20),
            ("size=medium", 10), ("country+size=FI|small", 9), ("country+size=FI|medium", 3),
            ("country+size=SE|small", 11), ("country+size=SE|medium", 7));
        Assert.Equal(Suppression.BelowThreshold, withheld[PeerGroup.Parse("country+size=FI|medium")].Code);
        Assert.Equal(Suppression.Complementary, withheld[PeerGroup.Parse("country+size=FI|small")].Code);
        Assert.Contains("country=FI", withheld[PeerGroup.Parse("country+size=FI|small")].Message);
    }

    [Fact]
    public void suppression_iterates_until_every_table_is_safe()
    {
        // FI|medium (3) is withheld; table FI then withholds FI|small, and table
        // size=medium must withhold SE|medium too.
        var withheld = Decide(("everyone=all", 40), ("country=FI", 12), ("country=SE", 28), ("size=small", 20),
            ("size=medium", 20), ("country+size=FI|small", 9), ("country+size=FI|medium", 3),
            ("country+size=SE|small", 11), ("country+size=SE|medium", 17));
        Assert.Contains(PeerGroup.Parse("country+size=SE|medium"), withheld.Keys);
        AssertEveryTableSafe(withheld, ("everyone=all", 40), ("country=FI", 12), ("country=SE", 28), ("size=small", 20),
            ("size=medium", 20), ("country+size=FI|small", 9), ("country+size=FI|medium", 3),
            ("country+size=SE|small", 11), ("country+size=SE|medium", 17));
    }

    [Fact]
    public void firms_without_a_size_form_an_unknown_cell_that_counts_as_withheld()
    {
        // 10 firms, 8 with a size: size=small (8) would reveal the 2 firms without a size as everyone minus small.
        var withheld = Decide(("everyone=all", 10), ("country=FI", 10), ("size=small", 8),
            ("country+size=FI|small", 8));
        Assert.Contains(PeerGroup.Parse("size=small"), withheld.Keys);
        Assert.Contains(PeerGroup.Parse("country+size=FI|small"), withheld.Keys);
    }

    [Fact]
    public void the_same_counts_always_give_the_same_pattern()
    {
        (string, int)[] counts = [("everyone=all", 20), ("country=FI", 8), ("country=SE", 8), ("country=EE", 4)];
        Assert.Equal(Decide(counts).Keys.Select(k => k.Key).Order(), Decide(counts).Keys.Select(k => k.Key).Order());
        // the smallest, then by value: FI before SE
        Assert.Contains(PeerGroup.Parse("country=FI"), Decide(counts).Keys);
    }

    private static void AssertEveryTableSafe(Dictionary<PeerGroup, SuppressionReason> withheld,
        params (string Group, int N)[] counts)
    {
        var n = counts.ToDictionary(c => PeerGroup.Parse(c.Group), c => c.N);
        foreach (var table in Suppression.Tables(n, Options).Where(t => !withheld.ContainsKey(t.Parent)))
        {
            var hidden = table.Children.Where(c => withheld.ContainsKey(c) || c.Value.Contains('?'))
                .Sum(c => n.GetValueOrDefault(c));
            Assert.True(hidden == 0 || hidden >= Options.K,
                $"{table.Parent.Key} minus its released children leaves {hidden} firms");
        }
    }
}
