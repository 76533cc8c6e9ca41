using CapabilityAssessment.Instruments;

namespace CapabilityAssessment.Tests.Instruments;

public sealed class declaring_kinds_facets_and_outcomes
{
    [Fact]
    public void kind_referent_facets_and_the_index_rule_are_read_from_the_file()
    {
        var file = InstrumentFixtures.LoadValid().File("kinds", 1);

        Assert.Empty(file.Problems);
        var d = file.Definition!;
        var focus = d.FindConstruct("focus")!;
        Assert.Equal((ConstructKind.Scale, Referent.Self, true),
            (focus.Kind!.Value, focus.ReferentOrDefault, focus.IsBanded));
        Assert.Equal(["plan", "act"], focus.FacetList.Select(f => f.Key));
        Assert.Equal(["fo3", "fo4"], focus.FacetList[1].Items);
        Assert.Equal("Toiminta", focus.FacetList[1].Title.Get("fi"));
        var sources = d.FindConstruct("sources")!;
        Assert.Equal((true, IndexRule.Count, 4, false), (sources.IsIndex, sources.Scoring.Rule!.Value,
            sources.Scoring.Threshold!.Value, sources.IsBanded));
        var growth = d.FindConstruct("growth")!;
        Assert.Equal((Layer.Outcome, true, false, Referent.Firm),
            (growth.Layer, growth.IsOutcome, growth.IsBanded, growth.ReferentOrDefault));
    }

    [Fact]
    public void facet_titles_are_translatable_texts()
    {
        var d = InstrumentFixtures.LoadValid().File("kinds", 1).Definition!;

        Assert.Contains(InstrumentTexts.All(d), t => t.Path == "constructs[0].facets[1].title"
            && t.Text.Get("en") == "Acting");
    }

    [Fact]
    public void leaving_the_new_fields_out_keeps_the_content_hash_of_older_files()
    {
        var d = InstrumentFixtures.LoadValid().File("minimal", 1).Definition!;
        var construct = d.Constructs[0];
        var explicitDefaults = construct with { Kind = null, Referent = null, Facets = null };

        Assert.Equal(ContentHash.Of(d), ContentHash.Of(d with { Constructs = [explicitDefaults] }));
        Assert.NotEqual(ContentHash.Of(d),
            ContentHash.Of(d with { Constructs = [construct with { Kind = ConstructKind.Scale }] }));
    }
}
