using GraphQL.Types;

namespace CapabilityAssessment.Instruments;

internal sealed class InstrumentChangesGraphType : ObjectGraphType<Localized<InstrumentChanges>>
{
    public InstrumentChangesGraphType()
    {
        Metadata[GraphQL.ComplexityModel.StaticKey] = true;
        Name = "InstrumentChanges";
        Description =
            "Items added, removed and changed between two versions (matched by item id), and the crosswalk the newer " +
            "version declares.";
        Field<NonNullGraphType<StringGraphType>>("key").Resolve(c => c.Source.Value.Key);
        Field<NonNullGraphType<IntGraphType>>("from").Resolve(c => c.Source.Value.From);
        Field<NonNullGraphType<IntGraphType>>("to").Resolve(c => c.Source.Value.To);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ItemChangeGraphType>>>>("added")
            .Resolve(c => c.Source.Value.Added.Select(c.Source.With));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ItemChangeGraphType>>>>("removed")
            .Resolve(c => c.Source.Value.Removed.Select(c.Source.With));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ItemChangeGraphType>>>>("changed")
            .Description("Same id, different text, keying, weight or construct.")
            .Resolve(c => c.Source.Value.Changed.Select(c.Source.With));
        Field<CrosswalkGraphType>("crosswalk")
            .Description("As declared by version `to`; it relates `to` to the version before it.")
            .Resolve(c => c.Source.Value.Crosswalk);
    }
}

internal sealed class ItemChangeGraphType : ObjectGraphType<Localized<ItemChange>>
{
    public ItemChangeGraphType()
    {
        Metadata[GraphQL.ComplexityModel.StaticKey] = true;
        Name = "ItemChange";
        Description = "An item in one or both versions.";
        Field<NonNullGraphType<StringGraphType>>("id").Resolve(c => c.Source.Value.Id);
        Field<NonNullGraphType<StringGraphType>>("construct")
            .Description("Construct key in the newer version (older for a removed item).")
            .Resolve(c => c.Source.Value.Construct);
        Field<StringGraphType>("before")
            .Description("Text in the older version; null for an added item.")
            .Resolve(c => c.Source.OptionalText(c.Source.Value.Before?.Text));
        Field<StringGraphType>("after")
            .Description("Text in the newer version; null for a removed item.")
            .Resolve(c => c.Source.OptionalText(c.Source.Value.After?.Text));
    }
}

internal sealed class CrosswalkGraphType : ObjectGraphType<Crosswalk>
{
    public CrosswalkGraphType()
    {
        Metadata[GraphQL.ComplexityModel.StaticKey] = true;
        Name = "Crosswalk";
        Description =
            "How constructs relate to the previous version; benchmarks pool only comparable and equivalent constructs.";
        Field<NonNullGraphType<IntGraphType>>("from").Resolve(c => c.Source.From);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("comparable")
            .Resolve(c => c.Source.Comparable);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EquivalentConstructGraphType>>>>("equivalent")
            .Resolve(c => c.Source.Equivalent);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("changed")
            .Resolve(c => c.Source.Changed);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("added").Resolve(c => c.Source.Added);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("removed")
            .Resolve(c => c.Source.Removed);
    }
}

internal sealed class EquivalentConstructGraphType : ObjectGraphType<EquivalentConstruct>
{
    public EquivalentConstructGraphType()
    {
        Metadata[GraphQL.ComplexityModel.StaticKey] = true;
        Name = "EquivalentConstruct";
        Description = "A construct whose items changed in wording only.";
        Field<NonNullGraphType<StringGraphType>>("construct").Resolve(c => c.Source.Construct);
        Field<StringGraphType>("note").Resolve(c => c.Source.Note);
    }
}
