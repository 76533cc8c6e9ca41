using CapabilityAssessment.Exports.Anonymisation;

namespace CapabilityAssessment.Tests.Exports;

public sealed class coded_lattice_search
{
    [Theory]
    [InlineData(1, 800, 200)]
    [InlineData(2, 50, 400)]
    public void every_node_suppresses_what_generalising_the_strings_suppresses(int seed, int common, int rare)
    {
        var histogram = WithReassessedFirms(k_anonymity.Population(seed, common, rare), seed);
        var coded = new CodedHistogram(QuasiIdentifiers.All, histogram);

        Assert.Equal(histogram.Sum(c => c.Value * c.Key.Assessments(QuasiIdentifiers.All.Count)), coded.Records);
        foreach (var levels in Nodes())
            foreach (var k in new[] { 2, 5 })
            {
                var classes = KAnonymity.Generalise(QuasiIdentifiers.All, histogram, levels);
                var small = classes.Where(c => c.Value < k).Select(c => c.Key).ToHashSet();
                Assert.Equal(small.Sum(c => classes[c] * c.Assessments(QuasiIdentifiers.All.Count)),
                    coded.Suppressed(levels, k));
                Assert.True(small.SetEquals(coded.SmallClasses(levels, k)), string.Join(",", levels));
            }
    }

    /// <summary>
    /// Some firms assessed twice or three times: their keys are sequences of two or three assessments' values, a later
    /// one sometimes in another age class or language.
    /// </summary>
    private static Dictionary<QiKey, long> WithReassessedFirms(Dictionary<QiKey, long> histogram, int seed)
    {
        var random = new Random(seed);
        var firms = new Dictionary<QiKey, long>();
        foreach (var (key, count) in histogram)
        {
            var times = random.Next(4) == 0 ? random.Next(2, 4) : 1;
            string?[] values = key.Values.ToArray();
            values[^1] = times.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var firm = QiKey.Firm([.. Enumerable.Range(0, times).Select(t => new QiKey(t > 0 && random.Next(2) == 0
                ? [.. values[..3], random.Next(2) == 0 ? "10-19" : null, values[4], values[5], "fi", values[7]]
                    : values))]);
            firms[firm] = firms.GetValueOrDefault(firm) + count;
        }
        return firms;
    }

    private static IEnumerable<int[]> Nodes() =>
        from c in Enumerable.Range(0, 3) from i in Enumerable.Range(0, 3) from s in Enumerable.Range(0, 3)
        from a in Enumerable.Range(0, 2) from t in Enumerable.Range(0, 2) from l in Enumerable.Range(0, 2)
        select new[] { c, i, s, a, t, 0, l, 0 };
}
