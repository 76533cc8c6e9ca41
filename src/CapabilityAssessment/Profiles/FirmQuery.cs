using CapabilityAssessment.Assessments;
using CapabilityAssessment.GraphQL;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring.Change;
using CapabilityAssessment.Scoring;
using GraphQL.Types;
using GraphQL;
using JasperFx;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Profiles;

/// <summary>firm(id): a firm's assessments over time and the reliable change between two of them.</summary>
internal static class FirmQuery
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<FirmType>("firm")
            .Description("A firm assessed over time (assessments linked by firmId): seen by whoever manages its " +
                "assessments.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The firmId of one of its assessments.")
            .ResolveAsync(async c => await FirmAccess.RequireFirm(c, c.GetArgument<Guid>("id")));
}

public sealed class FirmType : ObjectGraphType<Firm>
{
    public FirmType()
    {
        Name = "Firm";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Name).Description("The name it was last started with.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FirmAssessmentType>>>>("assessments")
            .Description("Oldest first.")
            .ResolveAsync(async c => (await FirmHistory.AssessmentsAsync(Store(c), c.Source.Id, c.CancellationToken))
                .Select(a => new FirmAssessmentView(a.Id, a.Instrument.Key, a.Instrument.Version, a.Status,
                    a.StartedAt)).ToList());
        Field<NonNullGraphType<FirmChangeType>>("change")
            .Description("Per construct, the change from one closed assessment to another with its reliable change " +
                "index; the crosswalks decide what compares across versions.")
            .WithMetadata(ComplexityModel.CostKey, ComplexityModel.Profile)
            .Argument<NonNullGraphType<IdGraphType>>("from", "The earlier assessment.")
            .Argument<NonNullGraphType<IdGraphType>>("to", "The later assessment.")
            .Argument<StringGraphType>("language", a => a.DefaultValue = "en")
            .ResolveAsync(async c => await ChangeAsync(c));
    }

    private static async Task<object?> ChangeAsync(IResolveFieldContext<Firm> c)
    {
        var store = Store(c);
        var catalog = c.RequestServices!.GetRequiredService<InstrumentCatalog>();
        var assessments = await FirmHistory.AssessmentsAsync(store, c.Source.Id, c.CancellationToken);
        var before = await ProfileAsync(c, store, assessments, "from");
        var after = await ProfileAsync(c, store, assessments, "to");
        var instrument = catalog.Get(after.Instrument.Key, after.Instrument.Version)!;
        var language = c.GetArgument<string>("language");
        if (!instrument.Languages.Contains(language))
            throw Error(InstrumentCodes.UnsupportedLanguage, "language",
                $"'{language}' is not a language of {instrument.Key} v{instrument.Version}.");
        var changes = await FirmHistory.ChangeAsync(store, catalog, before, after, c.CancellationToken);
        return new FirmChangeView(before.Id, after.Id, changes.Select(x => new ConstructChangeView(x.Construct,
            instrument.FindConstruct(x.Construct)?.Title.Get(language) ?? x.Construct, x.Before, x.After, x.Delta,
            x.StandardError, x.Rci, x.Significant, x.Reason is { } r ? new ReasonView(r.Code, r.Message)
                : null)).ToList());
    }

    private static async Task<AssessmentProfile> ProfileAsync(IResolveFieldContext<Firm> c, IDocumentStore store,
        IReadOnlyList<Assessment> assessments, string argument)
    {
        var id = c.GetArgument<Guid>(argument);
        var state = assessments.FirstOrDefault(a => a.Id == id)
            ?? throw Error(AssessmentCodes.AssessmentNotFound, argument, $"No assessment {id} of this firm.");
        if (state.Status != AssessmentStatus.Closed)
            throw Error(ProfileCodes.AssessmentNotClosed, argument,
                $"Assessment {id} is open: a profile exists once it has closed.");
        await using var session = store.QuerySession();
        return await session.LoadAsync<AssessmentProfile>(id, c.CancellationToken)
            ?? throw Error(ProfileCodes.ProfileNotFound, argument,
                $"Assessment {id} has no stored profile yet; run the rescore command.");
    }

    private static ExecutionError Error(string code, string field, string message)
    {
        var error = new ExecutionError($"{field}: {message}") { Code = code };
        error.Data[ProblemErrorInfoProvider.FieldKey] = field;
        return error;
    }

    private static IDocumentStore Store(IResolveFieldContext c) =>
        c.RequestServices!.GetRequiredService<IDocumentStore>();
}
