using GraphQL.Types;

namespace CapabilityAssessment.Instruments;

internal sealed class ConstructGraphType : ObjectGraphType<Localized<Construct>>
{
    public ConstructGraphType()
    {
        Metadata[GraphQL.ComplexityModel.StaticKey] = true;
        Name = "Construct";
        Description = "One thing measured, scored 0-100 from its items.";
        Field<NonNullGraphType<StringGraphType>>("key").Resolve(c => c.Source.Value.Key);
        Field<NonNullGraphType<LayerGraphType>>("layer").Resolve(c => c.Source.Value.Layer);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Text(c.Source.Value.Title));
        Field<NonNullGraphType<StringGraphType>>("description")
            .Description("Scientific name and definition (never shown in item text).")
            .Resolve(c => c.Source.Text(c.Source.Value.Description));
        Field<NonNullGraphType<ScaleGraphType>>("scale").Description("The answer scale of every item.")
            .Resolve(c => c.Source.With(c.Source.Instrument.FindScale(c.Source.Value.Scale)!));
        Field<NonNullGraphType<IntGraphType>>("minAnswered")
            .Description("Items that must be answered for a score.")
            .Resolve(c => c.Source.Value.MinAnswered);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BandInterpretationGraphType>>>>("interpretations")
            .Description("What a score in each band means, in band order.")
            .Resolve(c => c.Source.Instrument.Bands
                .Where(b => c.Source.Value.Scoring.Interpretation.ContainsKey(b.Key))
                .Select(b => c.Source.With((b.Key, c.Source.Value.Scoring.Interpretation[b.Key]))));
        Field<NonNullGraphType<ConstructKindGraphType>>("kind")
            .Description("SCALE: reflective, with reliability and bands. INDEX: formative or count, scored by " +
                "its own rule.")
            .Resolve(c => c.Source.Value.Kind ?? ConstructKind.Scale);
        Field<NonNullGraphType<ReferentGraphType>>("referent")
            .Description("Whom the respondent rates: themself or the firm.")
            .Resolve(c => c.Source.Value.ReferentOrDefault);
        Field<StringGraphType>("indexRule")
            .Description("How an index is scored: count (at or above threshold) or mean; null for a scale.")
            .Resolve(c => c.Source.Value.IsIndex ? c.Source.Value.Scoring.Rule?.ToString().ToLowerInvariant() : null);
        Field<IntGraphType>("threshold").Description("For a count index: the lowest answer that counts.")
            .Resolve(c => c.Source.Value.Scoring.Threshold);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetGraphType>>>>("facets")
            .Description("Sub-scores of the construct over some of its items.")
            .Resolve(c => c.Source.Value.FacetList.Select(c.Source.With));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ItemGraphType>>>>("items")
            .Resolve(c => c.Source.Value.Items.Select(c.Source.With));
    }
}

internal sealed class LayerGraphType : EnumerationGraphType<Layer>
{
    public LayerGraphType()
    {
        Name = "Layer";
        Description = "The level of the capability model a construct belongs to.";
    }
}

internal sealed class ConstructKindGraphType : EnumerationGraphType<ConstructKind>
{
    public ConstructKindGraphType()
    {
        Name = "ConstructKind";
        Description = "Reflective scale or formative/count index (instruments/README.md, Kinds).";
    }
}

internal sealed class ReferentGraphType : EnumerationGraphType<Referent>
{
    public ReferentGraphType()
    {
        Name = "Referent";
        Description = "Whom the items are about: the respondent (SELF) or the firm (FIRM).";
    }
}

internal sealed class FacetGraphType : ObjectGraphType<Localized<Facet>>
{
    public FacetGraphType()
    {
        Metadata[GraphQL.ComplexityModel.StaticKey] = true;
        Name = "Facet";
        Description = "A sub-score of a construct over some of its items.";
        Field<NonNullGraphType<StringGraphType>>("key").Resolve(c => c.Source.Value.Key);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Text(c.Source.Value.Title));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("items").Description("Item ids.")
            .Resolve(c => c.Source.Value.Items);
    }
}

internal sealed class BandInterpretationGraphType
    : ObjectGraphType<Localized<(string Band, Interpretation Interpretation)>>
{
    public BandInterpretationGraphType()
    {
        Metadata[GraphQL.ComplexityModel.StaticKey] = true;
        Name = "BandInterpretation";
        Description = "How a construct score in one band is explained to the firm.";
        Field<NonNullGraphType<StringGraphType>>("band").Description("Band key.").Resolve(c => c.Source.Value.Band);
        Field<NonNullGraphType<StringGraphType>>("text")
            .Resolve(c => c.Source.Text(c.Source.Value.Interpretation.Text));
        Field<NonNullGraphType<StringGraphType>>("recommendation")
            .Resolve(c => c.Source.Text(c.Source.Value.Interpretation.Recommendation));
    }
}

internal sealed class ItemGraphType : ObjectGraphType<Localized<Item>>
{
    public ItemGraphType()
    {
        Metadata[GraphQL.ComplexityModel.StaticKey] = true;
        Name = "Item";
        Description = "One statement answered on the construct's scale.";
        Field<NonNullGraphType<StringGraphType>>("id")
            .Description("Stable across versions while the meaning is unchanged.")
            .Resolve(c => c.Source.Value.Id);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Text(c.Source.Value.Text));
        Field<NonNullGraphType<BooleanGraphType>>("reverse")
            .Description("Reverse-keyed: scored as points + 1 - answer.")
            .Resolve(c => c.Source.Value.Reverse);
        Field<NonNullGraphType<FloatGraphType>>("weight").Resolve(c => c.Source.Value.Weight);
        Field<NonNullGraphType<ItemSourceGraphType>>("source").Resolve(c => c.Source.Value.Source);
    }
}

internal sealed class ItemSourceGraphType : ObjectGraphType<ItemSource>
{
    public ItemSourceGraphType()
    {
        Metadata[GraphQL.ComplexityModel.StaticKey] = true;
        Name = "ItemSource";
        Description = "Where an item comes from: a quoted seed excerpt, or a published scale.";
        Field<StringGraphType>("seed").Description("Seed file name.").Resolve(c => c.Source.Seed);
        Field<StringGraphType>("lines").Description("Line range N-M in the seed file.").Resolve(c => c.Source.Lines);
        Field<StringGraphType>("quote").Description("Verbatim words from those lines.").Resolve(c => c.Source.Quote);
        Field<StringGraphType>("citation")
            .Description("Published scale, cited as Author(s) (year), what.")
            .Resolve(c => c.Source.Scale);
    }
}
