using GraphQL.Types;

namespace CapabilityAssessment.Scoring;

internal sealed class ItemStatisticsType : ObjectGraphType<ItemStatistics>
{
    public ItemStatisticsType()
    {
        Name = "ItemStatistics";
        Field(x => x.ItemId);
        Field(x => x.Answered);
        Field(x => x.Mean, nullable: true);
        Field(x => x.Sd, nullable: true).Description("Standard deviation (n - 1).");
        Field(x => x.ShareMissing, nullable: true).Description("Share of respondents asked who gave no answer or \"don't know\".");
        Field(x => x.AlphaIfDeleted, nullable: true);
        Field(x => x.ItemRest, nullable: true).Description("Corrected item-total correlation: the item with the sum of the other items.");
        Field(x => x.Loading, nullable: true).Description("Standardised loading in the one-factor model behind omega.");
    }
}

internal sealed class MeasurementErrorType : ObjectGraphType<MeasurementError>
{
    public MeasurementErrorType()
    {
        Name = "MeasurementError";
        Description = "SEM = SD x sqrt(1 - alpha) on the 0-100 scale; firm scores carry +/- 1.645 SEM as a 90% interval.";
        Field(x => x.Scores);
        Field(x => x.ScoreSd);
        Field(x => x.Alpha);
        Field(x => x.Sem);
    }
}

internal sealed class ConstructReliabilityType : ObjectGraphType<ConstructReliability>
{
    public ConstructReliabilityType()
    {
        Name = "ConstructReliability";
        Field(x => x.Construct);
        Field(x => x.Respondents).Description("Submitted responses whose role answers the construct.");
        Field(x => x.CompleteCases).Description("Responses with every item answered: the n of alpha and omega (listwise).");
        Field(x => x.Alpha, nullable: true).Description("Cronbach's alpha.");
        Field(x => x.AlphaReason, nullable: true);
        Field(x => x.Omega, nullable: true).Description("McDonald's omega total from a one-factor model (iterated principal axes).");
        Field(x => x.OmegaReason, nullable: true);
        Field(x => x.Items);
        Field(x => x.MeasurementError, nullable: true).Description("Set from 30 construct scores on.");
    }
}

internal sealed class ScoreReasonType : ObjectGraphType<ScoreReason>
{
    public ScoreReasonType()
    {
        Name = "StatisticReason";
        Field(x => x.Code);
        Field(x => x.Message);
    }
}
