using CapabilityAssessment.Assessments;
using CapabilityAssessment.Scoring.Change;
using CapabilityAssessment.Scoring;
using GraphQL.Types;

namespace CapabilityAssessment.Profiles;

/// <summary>One of a firm's assessments as listed under firm.assessments.</summary>
public sealed record FirmAssessmentView(
    Guid Id, string InstrumentKey, int InstrumentVersion, AssessmentStatus Status, DateTimeOffset StartedAt);

/// <summary>A construct's change in the words of the later assessment's instrument version.</summary>
public sealed record ConstructChangeView(
    string Construct, string Title, double? Before, double? After, double? Delta, double? StandardError, double? Rci,
    bool Significant, ReasonView? Reason);

public sealed record FirmChangeView(Guid From, Guid To, IReadOnlyList<ConstructChangeView> Constructs);

public sealed class FirmAssessmentType : ObjectGraphType<FirmAssessmentView>
{
    public FirmAssessmentType()
    {
        Name = "FirmAssessment";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.InstrumentKey);
        Field(x => x.InstrumentVersion);
        Field<NonNullGraphType<AssessmentStatusType>>("status").Resolve(c => c.Source.Status);
        Field(x => x.StartedAt);
    }
}

public sealed class ConstructChangeType : ObjectGraphType<ConstructChangeView>
{
    public ConstructChangeType()
    {
        Name = "ConstructChange";
        Description =
            "A construct's change between two of a firm's assessments, judged by the reliable change index (Jacobson " +
            "& Truax 1991).";
        Field(x => x.Construct);
        Field(x => x.Title);
        Field(x => x.Before, nullable: true).Description("The 0-100 score in the earlier assessment.");
        Field(x => x.After, nullable: true).Description("The 0-100 score in the later assessment.");
        Field(x => x.Delta, nullable: true)
            .Description("after - before; null when the construct is not comparable or not scored in both.");
        Field(x => x.StandardError, nullable: true)
            .Description("Of the difference: sqrt(SEM_before^2 + SEM_after^2), i.e. sqrt(2) x SEM when both " +
                "share one.");
        Field(x => x.Rci, nullable: true)
            .Description("Reliable change index: delta / standardError; null with a reason when the change cannot " +
                "be judged.");
        Field(x => x.Significant)
            .Description("|rci| > 1.96: a real change, beyond what measurement error makes likely (two-sided 5%).");
        Field(x => x.Reason, nullable: true)
            .Description("NOT_COMPARABLE (the crosswalk), NO_SCORE, NO_MEASUREMENT_ERROR (no SEM yet) or " +
                "INDEX_NOT_A_SCALE.");
    }
}

public sealed class FirmChangeType : ObjectGraphType<FirmChangeView>
{
    public FirmChangeType()
    {
        Name = "FirmChange";
        Field(x => x.From, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.To, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Constructs).Description("In the order of the later assessment's instrument version.");
    }
}
