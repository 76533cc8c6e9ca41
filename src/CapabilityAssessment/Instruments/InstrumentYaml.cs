using System.Collections.Immutable;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CapabilityAssessment.Instruments;

/// <summary>
/// Reads an instrument file through YamlDotNet's representation model rather than its deserializer, because only the
/// node tree keeps the line of every value and lets unknown fields be reported instead of ignored.
/// </summary>
internal static partial class InstrumentYaml
{
    public static InstrumentDefinition? Parse(string yaml, ParseContext context)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            context.Report((int)e.Start.Line, "", ProblemCodes.YamlSyntax, (e.InnerException ?? e).Message);
            return null;
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner throws this without a position for some malformed flow collections.
            context.Report(1, "", ProblemCodes.YamlSyntax, $"the file is not valid YAML ({e.Message})");
            return null;
        }
        if (stream.Documents.Count != 1)
        {
            context.Report(1, "", ProblemCodes.YamlSyntax, "expected exactly one YAML document");
            return null;
        }
        return YamlObject.AsObject(context, stream.Documents[0].RootNode, "") is { } root ? ReadInstrument(root) : null;
    }

    private static InstrumentDefinition ReadInstrument(YamlObject o)
    {
        var definition = new InstrumentDefinition(
            Key: o.String("key") ?? "",
            Version: o.Int("version") ?? 0,
            Status: Enum(o, "status", Statuses) ?? InstrumentStatus.Draft,
            Languages: o.Strings("languages"),
            Title: Text(o, "title"),
            Description: Text(o, "description"),
            Translation: o.Object("translation", required: false) is { } t ? ReadTranslation(t) : null,
            FirmProfile: o.Sequence("firmProfile", required: false)
                .Select(e => EnumValue(o, o.Scalar(e.Node, e.Path), e.Path, FirmProfileFields))
                .OfType<FirmProfileField>()
                .ToList(),
            Scales: Each(o, "scales", ReadScale),
            Roles: Each(o, "roles", ReadRole),
            Bands: Each(o, "bands", ReadBand),
            Modules: Each(o, "modules", ReadModule),
            Constructs: Each(o, "constructs", ReadConstruct),
            Crosswalk: o.Object("crosswalk", required: false) is { } c ? ReadCrosswalk(c) : null);
        o.RejectUnknown();
        return definition;
    }

    private static Translation ReadTranslation(YamlObject o) =>
        Done(o, new Translation(o.String("translator", false), o.String("backTranslator", false),
            o.String("notes", false)));

    private static Scale ReadScale(YamlObject o) => Done(o, new Scale(
        o.String("key") ?? "", o.Int("points") ?? 0,
        o.Sequence("labels").Select(e => TextOf(o.Context, e.Node, e.Path)).ToList(),
        o.Optional("dontKnow") is { } d ? TextOf(o.Context, d, o.PathOf("dontKnow")) : null));

    private static Role ReadRole(YamlObject o) => Done(o, new Role(o.String("key") ?? "", Text(o, "title")));

    private static Band ReadBand(YamlObject o) =>
        Done(o, new Band(o.String("key") ?? "", o.Int("from") ?? 0, o.Int("to") ?? 0, Text(o, "label")));

    private static Module ReadModule(YamlObject o) => Done(o, new Module(
        o.String("key") ?? "", Text(o, "title"),
        o.Optional("intro") is { } i ? TextOf(o.Context, i, o.PathOf("intro")) : null,
        o.Strings("roles", required: false), o.Bool("keyInformant", false), o.Strings("constructs"),
        o.Optional("itemOrder") is null ? null : o.Strings("itemOrder")));

    private static Construct ReadConstruct(YamlObject o) => Done(o, new Construct(
        o.String("key") ?? "", Enum(o, "layer", Layers) ?? Layer.Cognitive, Text(o, "title"), Text(o, "description"),
        o.String("scale") ?? "",
        o.Object("scoring") is { } s ? ReadScoring(s) : new ScoringRule(null,
            ImmutableSortedDictionary<string, Interpretation>.Empty),
        Each(o, "items", ReadItem),
        Enum(o, "kind", Kinds, required: false), Enum(o, "referent", Referents, required: false),
        o.Optional("facets") is null ? null : Each(o, "facets", ReadFacet)));

    private static Facet ReadFacet(YamlObject o) =>
        Done(o, new Facet(o.String("key") ?? "", Text(o, "title"), o.Strings("items")));

    private static ScoringRule ReadScoring(YamlObject o)
    {
        var interpretations = ImmutableSortedDictionary.CreateBuilder<string, Interpretation>(StringComparer.Ordinal);
        if (o.Object("interpretation", required: false) is { } map)
            foreach (var (band, node, path) in map.Entries())
                if (YamlObject.AsObject(o.Context, node, path) is { } i)
                    interpretations[band] = Done(i, new Interpretation(Text(i, "text"), Text(i, "recommendation")));
        return Done(o, new ScoringRule(o.Int("minAnswered", required: false), interpretations.ToImmutable(),
            Enum(o, "rule", IndexRules, required: false), o.Int("threshold", required: false)));
    }

    private static Item ReadItem(YamlObject o) => Done(o, new Item(
        o.String("id") ?? "", Text(o, "text"), o.Bool("reverse", false), o.Double("weight") ?? 1,
        o.Object("source") is { } s ? ReadSource(s) : new ItemSource(null, null, null, null)));

    private static ItemSource ReadSource(YamlObject o) => Done(o, new ItemSource(
        o.String("seed", false), o.String("lines", false), o.String("quote", false), o.String("scale", false)));

    private static Crosswalk ReadCrosswalk(YamlObject o) => Done(o, new Crosswalk(
        o.Int("from") ?? 0,
        o.Strings("comparable", false),
        Each(o, "equivalent", e => Done(e, new EquivalentConstruct(e.String("construct") ?? "",
            e.String("note", false))), required: false),
        o.Strings("changed", false), o.Strings("added", false), o.Strings("removed", false)));
}
