using System.Collections.Immutable;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Norms;
using Microsoft.Extensions.Configuration;

namespace CapabilityAssessment.Tests.Norms;

/// <summary>
/// The measurement report tests invariance across instrument versions where the crosswalk pools a construct.
/// </summary>
public sealed class invariance_across_versions
{
    private static readonly InstrumentCatalog Catalog = new(
        InstrumentFolder.Load(InstrumentLocations.From(new ConfigurationBuilder().Build(), RepositoryRoot.Path).Folder,
            seeds: null)
            .Where(l => l.IsValid));

    /// <summary>
    /// n single-respondent firms whose managing director answers every item: a firm level plus noise, 1-5.
    /// </summary>
    private static List<SampledFirm> Firms(InstrumentDefinition instrument, int n, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, n).Select(_ =>
        {
            var level = random.Next(1, 6);
            var answers = instrument.Items.ToImmutableDictionary(i => i.Id,
                _ => new RecordedAnswer(Math.Clamp(level + random.Next(-1, 2), 1, 5), false, 1));
            return new SampledFirm("en", [new Respondent(Guid.NewGuid(), "managing_director", answers, [],
                DateTimeOffset.UnixEpoch)]);
        })];
    }

    [Fact]
    public void comparable_constructs_get_configural_metric_and_scalar_rows_across_v1_and_v2_and_changed_ones_none()
    {
        var (v1, v2) = (Catalog.Get("dcvn", 1)!, Catalog.Get("dcvn", 2)!);
        var rows = MeasurementReports.AcrossVersions(v1, Firms(v1, 260, 1), v2, Firms(v2, 260, 2));

        Assert.NotEmpty(rows);
        Assert.All(rows.Keys, key => Assert.Contains(key, v2.Crosswalk!.Comparable));
        var tested = rows.First().Value;
        Assert.Equal(["configural", "metric", "scalar"], tested.Select(r => r.Level));
        Assert.All(tested, r => Assert.Equal(["v1", "v2"], r.Groups));
        Assert.All(tested, r => Assert.Equal("version", r.Facet));
        Assert.DoesNotContain(rows.Keys, key => v2.Crosswalk!.Changed.Contains(key));
    }

    [Fact]
    public void versions_with_fewer_than_200_respondents_each_are_not_tested()
    {
        var (v1, v2) = (Catalog.Get("dcvn", 1)!, Catalog.Get("dcvn", 2)!);
        Assert.Empty(MeasurementReports.AcrossVersions(v1, Firms(v1, 150, 1), v2, Firms(v2, 260, 2)));
    }
}
