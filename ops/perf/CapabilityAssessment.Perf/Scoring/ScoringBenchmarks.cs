using BenchmarkDotNet.Attributes;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring;

namespace CapabilityAssessment.Perf.Scoring;

/// <summary>
/// Issue #5 target: at least 500,000 constructs scored per second on one core. One managing director answers all 16
/// dcvn constructs, so constructs/s = 16 / (time per ScoreRespondent); FirmOfThree adds aggregation and rwg(j).
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private InstrumentDefinition _instrument = null!;
    private Respondent _director = null!;
    private IReadOnlyList<Respondent> _firm = null!;

    [GlobalSetup]
    public void Setup()
    {
        _instrument = Dcvn.Catalog().Latest("dcvn")!;
        var random = new Random(5);
        _director = Dcvn.Respondent(_instrument, "managing_director", random, DateTimeOffset.UnixEpoch);
        _firm = [_director, Dcvn.Respondent(_instrument, "management_team", random, DateTimeOffset.UnixEpoch),
                 Dcvn.Respondent(_instrument, "function_head", random, DateTimeOffset.UnixEpoch)];
    }

    [Benchmark(Baseline = true, Description = "score one respondent (16 constructs)")]
    public object ScoreRespondent() => ScoringEngine.Score(_instrument, _director);

    [Benchmark(Description = "score and aggregate a firm of three")]
    public object FirmOfThree() => ScoringEngine.Aggregate(_instrument, _firm);
}
