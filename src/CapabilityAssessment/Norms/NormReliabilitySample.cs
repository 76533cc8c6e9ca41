using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring;
using CapabilityAssessment.Scoring.Measurement;
using Marten;

namespace CapabilityAssessment.Norms;

/// <summary>
/// Each construct's reliability and rater statistics for a release, per instrument version, over the closed
/// assessments' submitted respondents. Bounded: at most SampleSize assessments per version (the first by id; ids are
/// random, so this is a random sample), read in batches, so publishing at a million firms costs the same here as at ten
/// thousand; 5,000 firms give alpha to about ±0.01. The same sample gives the release's measurement-model report.
/// </summary>
internal static class NormReliabilitySample
{
    public const int SampleSize = 5000;
    private const int Batch = 500;

    public static async Task<(List<NormReliability> Reliability, List<ConstructModel> Models)> ComputeAsync(
        IQuerySession session, InstrumentCatalog catalog, string instrumentKey, CancellationToken ct)
    {
        var (result, models) = (new List<NormReliability>(), new List<ConstructModel>());
        (InstrumentDefinition Instrument, List<SampledFirm> Firms)? previous = null;
        foreach (var instrument in catalog.Published().Where(d => d.Key == instrumentKey).OrderBy(d => d.Version))
        {
            var ids = await session.Query<AssessmentSummary>()
                .Where(s => s.Status == "CLOSED" && s.InstrumentKey == instrumentKey
                    && s.InstrumentVersion == instrument.Version)
                .OrderBy(s => s.Id).Select(s => s.Id).Take(SampleSize).ToListAsync(ct);
            var firms = new List<SampledFirm>();
            foreach (var batch in ids.Chunk(Batch))
                firms.AddRange((await AssessmentReads.LatestManyAsync(session, batch, ct))
                    .Select(a => new SampledFirm(a.Language, [.. a.Respondents.Where(r => r.HasSubmitted)])));
            result.AddRange(For(instrument, [.. firms.Select(f => f.Respondents)]));
            var versionModels = MeasurementReports.For(instrument, firms).ToList();
            if (previous is { } p && instrument.Crosswalk?.From == p.Instrument.Version)
            {
                // Invariance across versions, for the constructs the crosswalk pools with the previous version.
                var across = MeasurementReports.AcrossVersions(p.Instrument, p.Firms, instrument, firms);
                versionModels = [.. versionModels.Select(m => across.TryGetValue(m.Construct, out var rows)
                    ? m with { Invariance = [.. m.Invariance, .. rows] } : m)];
            }
            models.AddRange(versionModels);
            previous = (instrument, firms);
        }
        return (result, models);
    }

    public static IEnumerable<NormReliability> For(InstrumentDefinition instrument,
        IReadOnlyList<IReadOnlyList<Respondent>> firms)
    {
        var reliability = InstrumentReliability.For(instrument, [.. firms.SelectMany(f => f)]);
        foreach (var plan in ScoringPlan.For(instrument).Constructs)
        {
            var r = reliability.First(x => x.Construct == plan.Construct.Key);
            var groups = firms.Select(f => f.Where(x => plan.IsAskedOf(x.Role))
                .Select(x => ScoringEngine.Score(plan, x).Score).OfType<double>().ToArray())
                .Where(g => g.Length > 0)
                .ToList();
            var multi = groups.Count(g => g.Length >= 2);
            var icc = multi >= MeasurementError.MinimumScores ? RaterAgreement.Icc(groups) : null;
            var error = r.MeasurementError;
            yield return new NormReliability(instrument.Version, plan.Construct.Key, r.Respondents / 10 * 10,
                groups.Count, Round(r.Alpha, 2), Round(r.Omega, 2), Round(error?.ScoreSd, 1), Round(error?.Sem, 1),
                plan.Construct.IsIndex ? null : Round(icc is null ? null : Math.Sqrt(icc.MeanSquareWithin), 1),
                plan.Construct.IsIndex ? null : Round(icc?.Icc1, 2));
        }
    }

    private static double? Round(double? x, int digits) => x is { } v ? Math.Round(v, digits) : null;
}
