using CapabilityAssessment.Assessments;
using CapabilityAssessment.GraphQL;
using CapabilityAssessment.Profiles;
using GraphQL.Types;
using GraphQL;

namespace CapabilityAssessment.Fieldwork;

public sealed class InstrumentRefType : ObjectGraphType<InstrumentRef>
{
    public InstrumentRefType()
    {
        Name = "InstrumentRef";
        Description = "The instrument version an assessment is pinned to.";
        Field(x => x.Key);
        Field(x => x.Version);
        Field(x => x.ContentHash);
    }
}

public sealed class FirmProfileType : ObjectGraphType<FirmProfile>
{
    public FirmProfileType()
    {
        Name = "FirmProfile";
        Field(x => x.Name);
        Field(x => x.Country);
        Field(x => x.Industry);
        Field(x => x.Employees, nullable: true);
        Field(x => x.TurnoverBand, nullable: true);
        Field(x => x.FoundingYear, nullable: true);
        Field(x => x.ForeignTurnoverShare, nullable: true);
        Field(x => x.UpstreamPartners, nullable: true);
        Field(x => x.DownstreamPartners, nullable: true);
    }
}

public sealed record ModuleProgress(string Module, int Answered, int Total);

public sealed class ModuleProgressType : ObjectGraphType<ModuleProgress>
{
    public ModuleProgressType()
    {
        Name = "ModuleProgress";
        Field(x => x.Module);
        Field(x => x.Answered).Description("Items with an answer or \"don't know\".");
        Field(x => x.Total);
    }
}

public sealed record AnswerView(string ItemId, int? Value, bool DontKnow, long ChangedAtVersion);

public sealed class AnswerType : ObjectGraphType<AnswerView>
{
    public AnswerType()
    {
        Name = "Answer";
        Field(x => x.ItemId);
        Field(x => x.Value, nullable: true);
        Field(x => x.DontKnow);
        Field(x => x.ChangedAtVersion).Description("The assessment version that last changed this answer.");
    }
}

public sealed record RespondentView(Guid Id, string Role, DateTimeOffset? SubmittedAt,
    IReadOnlyList<ModuleProgress> Progress, IReadOnlyList<AnswerView>? Answers);

public sealed class RespondentType : ObjectGraphType<RespondentView>
{
    public RespondentType()
    {
        Name = "Respondent";
        Field(x => x.Id);
        Field(x => x.Role);
        Field(x => x.SubmittedAt, nullable: true);
        Field(x => x.Progress);
        Field(x => x.Answers, nullable: true)
            .Description("Visible to the assessment's managers and to the respondent themself.");
    }
}

public sealed record AssessmentView(Assessment State, IReadOnlyList<RespondentView> Respondents,
    IReadOnlyList<ModuleProgress> Progress);

public sealed class AssessmentType : ObjectGraphType<AssessmentView>
{
    public AssessmentType()
    {
        Name = "Assessment";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.State.Id);
        Field<NonNullGraphType<LongGraphType>>("version")
            .Description("Send it back as expectedVersion when saving.")
            .Resolve(c => c.Source.State.Version);
        Field<NonNullGraphType<AssessmentStatusType>>("status").Resolve(c => c.Source.State.Status);
        Field<NonNullGraphType<InstrumentRefType>>("instrument").Resolve(c => c.Source.State.Instrument);
        Field<NonNullGraphType<FirmProfileType>>("firm").Resolve(c => c.Source.State.Firm);
        Field<NonNullGraphType<IdGraphType>>("firmId")
            .Description("Pass it to startAssessment to assess the same firm again.")
            .Resolve(c => c.Source.State.FirmId);
        Field<NonNullGraphType<StringGraphType>>("language").Resolve(c => c.Source.State.Language);
        Field<StringGraphType>("organisationId").Resolve(c => c.Source.State.OrganisationId);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("startedAt").Resolve(c => c.Source.State.StartedAt);
        Field(x => x.Respondents);
        Field(x => x.Progress).Description("Answered items per module over all respondents who answer it.");
        Field<ProfileViewType>("profile")
            .WithMetadata(ComplexityModel.CostKey, ComplexityModel.Profile)
            .Description("The capability profile, written when the assessment closed.")
            .Argument<StringGraphType>("language", a => a.DefaultValue = "en")
            .ResolveAsync(async c => await ProfileRead.ForAsync(c, c.Source.State, c.GetArgument<string>("language")));
    }
}

public sealed class AssessmentSummaryType : ObjectGraphType<AssessmentSummary>
{
    public AssessmentSummaryType()
    {
        Name = "AssessmentSummary";
        Field(x => x.Id);
        Field(x => x.FirmName);
        Field(x => x.InstrumentKey);
        Field(x => x.InstrumentVersion);
        Field<NonNullGraphType<AssessmentStatusType>>("status").Resolve(c => AssessmentList.Shown(c.Source.Status));
        Field(x => x.Respondents);
        Field(x => x.Submitted);
        Field(x => x.StartedAt);
        Field(x => x.UpdatedAt)
            .Description("The last change of firm, respondents or status; saved answers do not count.");
    }
}

public sealed record PageInfo(bool HasNextPage, string? EndCursor);

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Field(x => x.HasNextPage).Description("More rows follow endCursor: pass it as after.");
        Field(x => x.EndCursor, nullable: true).Description("The last edge's cursor; null on an empty page.");
    }
}

public sealed record AssessmentEdge(string Cursor, AssessmentSummary Node);

public sealed class AssessmentEdgeType : ObjectGraphType<AssessmentEdge>
{
    public AssessmentEdgeType()
    {
        Name = "AssessmentEdge";
        Field(x => x.Cursor).Description("Pass it as after for the rows that follow this one.");
        Field(x => x.Node);
    }
}

public sealed record AssessmentConnection(IReadOnlyList<AssessmentEdge> Edges, PageInfo PageInfo, int TotalCount);

public sealed class AssessmentConnectionType : ObjectGraphType<AssessmentConnection>
{
    public AssessmentConnectionType()
    {
        Name = "AssessmentConnection";
        Field(x => x.Edges);
        Field(x => x.PageInfo);
        Field(x => x.TotalCount).Description("Every assessment that matches the filters, on all pages.");
    }
}

public sealed record RespondentLinkView(Guid AssessmentId, Guid RespondentId, string Role, string Token, string Url);

public sealed class RespondentLinkType : ObjectGraphType<RespondentLinkView>
{
    public RespondentLinkType()
    {
        Name = "RespondentLink";
        Description = "Shown once: the token is the respondent's credential and is stored only as a hash.";
        Field(x => x.AssessmentId);
        Field(x => x.RespondentId);
        Field(x => x.Role);
        Field(x => x.Token);
        Field(x => x.Url)
            .Description("The form's absolute address, <PublicBaseUrl or the request's origin>/a/<token>.");
    }
}

public sealed record SaveResult(Guid AssessmentId, long Version);

public sealed class SaveResultType : ObjectGraphType<SaveResult>
{
    public SaveResultType()
    {
        Name = "SaveResult";
        Field(x => x.AssessmentId);
        Field(x => x.Version)
            .Description("The assessment's version after the save; send it as expectedVersion next time.");
    }
}
