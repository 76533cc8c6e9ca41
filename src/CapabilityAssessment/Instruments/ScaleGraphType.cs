using GraphQL.Types;

namespace CapabilityAssessment.Instruments;

internal sealed class ScaleGraphType : ObjectGraphType<Localized<Scale>>
{
    public ScaleGraphType()
    {
        Metadata[GraphQL.ComplexityModel.StaticKey] = true;
        Name = "Scale";
        Description = "An answer scale; every point is labelled, lowest first.";
        Field<NonNullGraphType<StringGraphType>>("key").Resolve(c => c.Source.Value.Key);
        Field<NonNullGraphType<IntGraphType>>("points").Resolve(c => c.Source.Value.Points);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("labels")
            .Resolve(c => c.Source.Value.Labels.Select(c.Source.Text));
        Field<StringGraphType>("dontKnow")
            .Description("Label of the separate don't-know choice (stored as missing).")
            .Resolve(c => c.Source.OptionalText(c.Source.Value.DontKnow));
    }
}

internal sealed class RoleGraphType : ObjectGraphType<Localized<Role>>
{
    public RoleGraphType()
    {
        Metadata[GraphQL.ComplexityModel.StaticKey] = true;
        Name = "Role";
        Description = "A kind of respondent.";
        Field<NonNullGraphType<StringGraphType>>("key").Resolve(c => c.Source.Value.Key);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Text(c.Source.Value.Title));
    }
}

internal sealed class BandGraphType : ObjectGraphType<Localized<Band>>
{
    public BandGraphType()
    {
        Metadata[GraphQL.ComplexityModel.StaticKey] = true;
        Name = "Band";
        Description =
            "A range of the 0-100 construct score: from inclusive, to exclusive (the last band includes 100).";
        Field<NonNullGraphType<StringGraphType>>("key").Resolve(c => c.Source.Value.Key);
        Field<NonNullGraphType<IntGraphType>>("from").Resolve(c => c.Source.Value.From);
        Field<NonNullGraphType<IntGraphType>>("to").Resolve(c => c.Source.Value.To);
        Field<NonNullGraphType<StringGraphType>>("label").Resolve(c => c.Source.Text(c.Source.Value.Label));
    }
}

internal sealed class ModuleGraphType : ObjectGraphType<Localized<Module>>
{
    public ModuleGraphType()
    {
        Metadata[GraphQL.ComplexityModel.StaticKey] = true;
        Name = "Module";
        Description = "A page of the form.";
        Field<NonNullGraphType<StringGraphType>>("key").Resolve(c => c.Source.Value.Key);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Text(c.Source.Value.Title));
        Field<StringGraphType>("intro").Resolve(c => c.Source.OptionalText(c.Source.Value.Intro));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleGraphType>>>>("roles")
            .Description("Who answers this page; every role when empty.")
            .Resolve(c => c.Source.Value.Roles.Select(r => c.Source.Instrument.Roles.First(x => x.Key == r))
            .Select(c.Source.With));
        Field<NonNullGraphType<BooleanGraphType>>("keyInformant")
            .Description("One respondent answers for the whole firm.")
            .Resolve(c => c.Source.Value.KeyInformant);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConstructGraphType>>>>("constructs")
            .Resolve(c => c.Source.Value.Constructs.Select(k => c.Source.Instrument.FindConstruct(k)!)
            .Select(c.Source.With));
    }
}
