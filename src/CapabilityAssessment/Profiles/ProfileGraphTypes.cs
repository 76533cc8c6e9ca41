using CapabilityAssessment.Assessments;
using CapabilityAssessment.Benchmarks;
using CapabilityAssessment.GraphQL;
using CapabilityAssessment.Norms;
using CapabilityAssessment.Scoring.Change;
using CapabilityAssessment.Scoring;
using GraphQL.Types;
using GraphQL;

namespace CapabilityAssessment.Profiles;

public sealed class BandViewType : ObjectGraphType<BandView>
{
    public BandViewType()
    {
        Name = "ScoreBand";
        Field(x => x.Key);
        Field(x => x.Label);
        Field(x => x.Text, nullable: true).Description("What the band means for this construct.");
        Field(x => x.Recommendation, nullable: true);
    }
}

public sealed class ReasonViewType : ObjectGraphType<ReasonView>
{
    public ReasonViewType()
    {
        Name = "ScoreReason";
        Description = "Why a score is missing, e.g. TOO_FEW_ANSWERS.";
        Field(x => x.Code);
        Field(x => x.Message);
    }
}

public sealed class ConstructScoreViewType : ObjectGraphType<ConstructScoreView>
{
    public ConstructScoreViewType()
    {
        Name = "ConstructScore";
        Field(x => x.Key);
        Field(x => x.Layer);
        Field(x => x.Title);
        Field(x => x.Score, nullable: true)
            .Description("0-100: (mean - scale minimum) / scale range x 100; null with a reason when too few items " +
                "were answered.");
        Field(x => x.Band, nullable: true);
        Field(x => x.Asked).Description("Respondents whose role answers this construct.");
        Field(x => x.Respondents).Description("Respondents with a score on it.");
        Field(x => x.Agreement, nullable: true)
            .Description("rwg(j) against a uniform null (James, Demaree & Wolf 1984); null below 2 respondents and " +
                "for self-rated constructs (see ownScores).");
        Field(x => x.AgreementSlightlySkewed, nullable: true)
            .Description("rwg(j) against the slightly skewed null of LeBreton & Senter (2008): stricter than the " +
                "uniform null, which overstates agreement when answers lean lenient; null like agreement (and in " +
                "profiles scored before 1.2).");
        Field(x => x.LowAgreement)
            .Description("rwg(j) below 0.70 under the uniform null, with at least 3 respondents: the team sees the " +
                "firm differently here.");
        Field(x => x.OwnScores, nullable: true)
            .Description("Self-rated constructs (referent: self): the range of the managers' own scores, not an " +
                "agreement statistic; from 2 managers on.");
        Field(x => x.Reason, nullable: true);
        Field(x => x.Interval, nullable: true)
            .Description("Score +/- 1.645 SEM (90%) of the firm's score (its raters counted), from the pinned norm " +
                "release; null before any release.");
        Field(x => x.BandLow, nullable: true).Description("The band of the interval's lower end (pinned).");
        Field(x => x.BandHigh, nullable: true)
            .Description("The band of the interval's upper end: equal to bandLow when the band is certain, else the " +
                "score lies between the two.");
        Field(x => x.BandWithinError, nullable: true)
            .Description("The band as it may be said: its label when the 90% interval lies inside it, else 'between " +
                "developing and advanced'; null before any release.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PinnedPeersType>>>>("peers")
            .Description("Percentile ranks in the firm's own peer groups in the pinned norm release (empty before " +
                "any release).")
            .Resolve(c => c.Source.Peers ?? []);
        Field(x => x.Kind)
            .Description("scale: reflective, banded; index: formative or count, scored by its own rule, never banded " +
                "or recommended.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetScoreViewType>>>>("facets")
            .Description("Sub-scores of the construct's facets (empty when it has none).")
            .Resolve(c => c.Source.Facets ?? []);
        Field<NonNullGraphType<PeerPercentileType>>("peerPercentile")
            .WithMetadata(ComplexityModel.CostKey, ComplexityModel.PeerPercentile)
            .Description("The mid-rank percentile of this score in a peer group of the pinned norm release "
                + "(or a named newer one).")
            .Argument<NonNullGraphType<PeerGroupInputType>>("peerGroup")
            .Argument<StringGraphType>("release",
                "A release's label or id; omitted: the release the profile is pinned to.")
            .ResolveAsync(async c => await PeerPercentileRead.ForAsync(c));
    }
}

public sealed class FacetScoreViewType : ObjectGraphType<FacetScoreView>
{
    public FacetScoreViewType()
    {
        Name = "FacetScore";
        Description = "A facet's firm score: the construct's rule over the facet's items (at least 2 answered).";
        Field(x => x.Key);
        Field(x => x.Title);
        Field(x => x.Score, nullable: true)
            .Description("0-100; null when no respondent answered 2 of the facet's items.");
        Field(x => x.Respondents).Description("Respondents with a score on this facet.");
    }
}

public sealed class ScoreIntervalType : ObjectGraphType<ScoreInterval>
{
    public ScoreIntervalType()
    {
        Name = "ScoreInterval";
        Field(x => x.Score);
        Field(x => x.Sem).Description("Standard error of measurement: SD x sqrt(1 - alpha), on the 0-100 scale.");
        Field(x => x.Lower);
        Field(x => x.Upper);
    }
}

public sealed class LayerScoreViewType : ObjectGraphType<LayerScoreView>
{
    public LayerScoreViewType()
    {
        Name = "LayerScore";
        Field(x => x.Layer);
        Field(x => x.Score, nullable: true);
        Field(x => x.Constructs);
        Field(x => x.Scored);
        Field(x => x.Band, nullable: true);
        Field(x => x.Reason, nullable: true);
    }
}

public sealed class OverallViewType : ObjectGraphType<OverallView>
{
    public OverallViewType()
    {
        Name = "OverallIndex";
        Description =
            "The dynamic-capability index (mean of the cognitive, managerial and organisational layers) beside its " +
            "weakest link.";
        Field(x => x.Score, nullable: true);
        Field(x => x.Band, nullable: true);
        Field(x => x.WeakestLayer, nullable: true);
        Field(x => x.WeakestLink, nullable: true)
            .Description("The lowest of the three layers: all three are necessary, none sufficient.");
        Field(x => x.Reason, nullable: true);
    }
}

public sealed class RecommendationViewType : ObjectGraphType<RecommendationView>
{
    public RecommendationViewType()
    {
        Name = "Recommendation";
        Description =
            "A construct reliably below the firm's own mean profile (T-scores against the pinned norm release, Davis " +
            "1959, 95%).";
        Field(x => x.Construct);
        Field(x => x.Title);
        Field(x => x.Score);
        Field(x => x.Band);
        Field(x => x.Text);
        Field(x => x.Rank)
            .Description("1 = the most reliably below the mean; tied constructs share a rank (never ordered by the " +
                "instrument).");
        Field(x => x.BelowMean).Description("T-score points from the firm's own mean profile (negative).");
        Field(x => x.Z).Description("That difference over its standard error; below -1.96 to be named.");
    }
}

public sealed class ProfileViewType : ObjectGraphType<ProfileView>
{
    public ProfileViewType()
    {
        Name = "Profile";
        Field(x => x.AssessmentId);
        Field(x => x.ScoringVersion);
        Field(x => x.ScoredAt);
        Field(x => x.Respondents);
        Field(x => x.Overall);
        Field(x => x.Layers);
        Field(x => x.Constructs);
        Field(x => x.ManagementModes)
            .Description("Influencing, monitoring, coordinating and integrating, each its own dimension (integrating " +
                "is not 'more is better').");
        Field(x => x.Recommendations)
            .Description("Constructs reliably below the firm's own mean profile (at most 3 ranks; ties share one); " +
                "empty with recommendationsReason when nothing stands out or no norms are pinned.");
        Field(x => x.RecommendationsReason, nullable: true)
            .Description("Why recommendations is empty: NOTHING_STANDS_OUT (every difference is within measurement " +
                "error) or NO_NORMS.");
        Field(x => x.Outcomes)
            .Description("Outcomes (performance, growth, innovation output): never banded or recommended.");
        Field(x => x.Norms, nullable: true)
            .Description("The norm release this profile's intervals and percentiles are pinned to; null until a " +
                "release exists.");
    }
}

public sealed class NormsViewType : ObjectGraphType<NormsView>
{
    public NormsViewType()
    {
        Name = "PinnedNorms";
        Field(x => x.Release, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Label).Description("What to cite, e.g. 'norms 2027-01-15'.");
        Field(x => x.PublishedAt);
        Field(x => x.Firms).Description("Firms in the release.");
    }
}

public sealed class PinnedPeersType : ObjectGraphType<PinnedPeers>
{
    public PinnedPeersType()
    {
        Name = "PinnedPeerPercentile";
        Field(x => x.Group).Description("dimension=value, e.g. everyone=all, industry=C, industry+size=C|small.");
        Field(x => x.Suppressed);
        Field(x => x.Reason, nullable: true);
        Field(x => x.N, nullable: true);
        Field(x => x.Percentile, nullable: true)
            .Description("Mid-rank percentile: 100 x (below + half of the tied) / n, ties at 0.1 points; " +
                "whole percent.");
        Field(x => x.Median, nullable: true).Description("The group's released median (whole points).");
    }
}

public sealed class ProfileRangeType : ObjectGraphType<ProfileRange>
{
    public ProfileRangeType()
    {
        Name = "OwnScoresRange";
        Description =
            "The range of the managers' own scores on a construct each rates about themself: they may rightly " +
            "differ, so no agreement is computed.";
        Field(x => x.Lowest).Description("The lowest manager's own 0-100 score.");
        Field(x => x.Highest).Description("The highest manager's own 0-100 score.");
        Field(x => x.Managers).Description("Managers with a score.");
    }
}
