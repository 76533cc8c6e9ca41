using GraphQL.Types;

namespace CapabilityAssessment.GraphQL;

/// <summary>
/// Singleton schema (GraphQL.NET docs: a scoped schema is up to 100x slower). The one way to add fields: root fields
/// in the two root types below, each feature adding its own; every other field is declared in its type's constructor.
/// </summary>
public sealed class AppSchema : Schema
{
    public AppSchema(IServiceProvider services, QueryType query, MutationType mutation) : base(services)
    {
        Query = query;
        Mutation = mutation;
    }
}

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Field<NonNullGraphType<StringGraphType>>("serviceVersion")
            .Description("The version of the running service.")
            .Resolve(_ => typeof(QueryType).Assembly.GetName().Version?.ToString() ?? "0.0.0");
        Instruments.InstrumentQueries.AddTo(this);
        Fieldwork.AssessmentQueries.AddTo(this);
        Profiles.FirmQuery.AddTo(this);
        Norms.NormFields.AddTo(this);
        Exports.ExportFields.AddQueriesTo(this);
    }
}

public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Fieldwork.AssessmentMutations.AddTo(this);
        Fieldwork.FirmContactMutation.AddTo(this);
        Exports.ExportFields.AddMutationsTo(this);
    }
}
