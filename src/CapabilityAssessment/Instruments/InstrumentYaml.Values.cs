using YamlDotNet.RepresentationModel;

namespace CapabilityAssessment.Instruments;

internal static partial class InstrumentYaml
{
    /// <summary>
    /// The fields ReadInstrument accepts at the top of a file; instrument.schema.json must name the same ones.
    /// </summary>
    public static readonly IReadOnlyList<string> TopLevelFields =
    [
        "key", "version", "status", "languages", "title", "description", "translation", "firmProfile",
        "scales", "roles", "bands", "modules", "constructs", "crosswalk",
    ];

    public static readonly IReadOnlyDictionary<string, InstrumentStatus> Statuses =
        new Dictionary<string, InstrumentStatus>
    {
        ["draft"] = InstrumentStatus.Draft, ["published"] = InstrumentStatus.Published,
        ["retired"] = InstrumentStatus.Retired,
    };

    public static readonly IReadOnlyDictionary<string, Layer> Layers = new Dictionary<string, Layer>
    {
        ["cognitive"] = Layer.Cognitive, ["managerial"] = Layer.Managerial, ["organisational"] = Layer.Organisational,
        ["dynamic_capability"] = Layer.DynamicCapability, ["management_mode"] = Layer.ManagementMode,
        ["practice"] = Layer.Practice,
        ["outcome"] = Layer.Outcome,
    };

    public static readonly IReadOnlyDictionary<string, ConstructKind> Kinds = new Dictionary<string, ConstructKind>
    {
        ["scale"] = ConstructKind.Scale, ["index"] = ConstructKind.Index,
    };

    public static readonly IReadOnlyDictionary<string, Referent> Referents = new Dictionary<string, Referent>
    {
        ["self"] = Referent.Self, ["firm"] = Referent.Firm,
    };

    public static readonly IReadOnlyDictionary<string, IndexRule> IndexRules = new Dictionary<string, IndexRule>
    {
        ["count"] = IndexRule.Count, ["mean"] = IndexRule.Mean,
    };

    public static readonly IReadOnlyDictionary<string, FirmProfileField> FirmProfileFields =
        new Dictionary<string, FirmProfileField>
    {
        ["country"] = FirmProfileField.Country, ["industry"] = FirmProfileField.Industry,
        ["employees"] = FirmProfileField.Employees,
        ["turnoverBand"] = FirmProfileField.TurnoverBand, ["foundingYear"] = FirmProfileField.FoundingYear,
        ["foreignTurnoverShare"] = FirmProfileField.ForeignTurnoverShare,
        ["upstreamPartners"] = FirmProfileField.UpstreamPartners,
        ["downstreamPartners"] = FirmProfileField.DownstreamPartners,
    };

    private static T Done<T>(YamlObject o, T value)
    {
        o.RejectUnknown();
        return value;
    }

    private static List<T> Each<T>(YamlObject o, string field, Func<YamlObject, T> read, bool required = true) =>
        o.Sequence(field, required)
            .Select(e => YamlObject.AsObject(o.Context, e.Node, e.Path))
            .OfType<YamlObject>().Select(read).ToList();

    private static T? Enum<T>(YamlObject o, string field, IReadOnlyDictionary<string, T> values,
        bool required = true) where T : struct =>
        o.String(field, required) is { } text ? EnumValue(o, text, o.PathOf(field), values) : null;

    private static T? EnumValue<T>(YamlObject o, string? text, string path,
        IReadOnlyDictionary<string, T> values) where T : struct
    {
        if (text is null) return null;
        if (values.TryGetValue(text, out var value)) return value;
        o.Context.Report(o.Context.Lines.GetValueOrDefault(path, o.Line), path, ProblemCodes.BadValue,
            $"'{text}' is not one of: {string.Join(", ", values.Keys)}");
        return null;
    }

    private static LocalizedText Text(YamlObject o, string field) =>
        o.Required(field) is { } node ? TextOf(o.Context, node, o.PathOf(field)) : LocalizedText.Of([]);

    private static LocalizedText TextOf(ParseContext context, YamlNode node, string path)
    {
        if (YamlObject.AsObject(context, node, path) is not { } o) return LocalizedText.Of([]);
        var texts = new List<KeyValuePair<string, string>>();
        foreach (var (language, value, at) in o.Entries())
            if (o.Scalar(value, at) is { } text) texts.Add(new(language, text));
        return LocalizedText.Of(texts);
    }
}
