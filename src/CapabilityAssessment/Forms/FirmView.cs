using System.Globalization;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;

namespace CapabilityAssessment.Forms;

/// <summary>The firm-profile page: the instrument's declared fields, posted as strings and parsed here.</summary>
internal static class FirmView
{
    private static readonly (string Field, string Label, string Hint)[] Numbers =
    [
        ("employees", "employees", ""), ("foundingYear", "founding_year", ""),
        ("foreignTurnoverShare", "foreign_turnover_share", "foreign_hint"),
        ("upstreamPartners", "upstream_partners", "upstream_hint"),
        ("downstreamPartners", "downstream_partners", "downstream_hint"),
    ];

    public static string Id(string field) => $"firm-{field}";

    public static Dictionary<string, string> Values(FirmProfile f) => new()
    {
        ["name"] = f.Name, ["country"] = f.Country, ["industry"] = f.Industry, ["turnoverBand"] = f.TurnoverBand ?? "",
        ["employees"] = Text(f.Employees), ["foundingYear"] = Text(f.FoundingYear),
        ["foreignTurnoverShare"] = Text(f.ForeignTurnoverShare),
        ["upstreamPartners"] = Text(f.UpstreamPartners), ["downstreamPartners"] = Text(f.DownstreamPartners),
    };

    public static FirmPage Build(RespondentSession s, IReadOnlyDictionary<string, string> values,
        IReadOnlyDictionary<string, string> errors) =>
        new($"{s.Base}/firm", Fields(s.Lang, s.Instrument.FirmProfile.Select(JsonNamingPolicyName), values, errors));

    /// <summary>The name and the declared profile fields, in the order of the page.</summary>
    public static List<FirmField> Fields(string lang, IEnumerable<string> declaredFields,
        IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string> errors)
    {
        string T(string key) => FormStrings.Get(lang, key);
        FirmField Field(string name, string label, string hint, bool select, string mode,
            IReadOnlyList<SelectOption> options) =>
            new(Id(name), name, T(label), hint.Length > 0 ? T(hint) : "", values.GetValueOrDefault(name, ""),
                Id(name) + "-error", errors.GetValueOrDefault(name, ""), select, mode, options);
        IReadOnlyList<SelectOption> Options(string name, IEnumerable<(string Value, string Label)> all) =>
            [new("", T("choose"), false), .. all.Select(
                o => new SelectOption(o.Value, o.Label, values.GetValueOrDefault(name) == o.Value))];

        var declared = declaredFields.ToHashSet();
        var fields = new List<FirmField> { Field("name", "firm_name", "", false, "text", []) };
        if (declared.Contains("country"))
            fields.Add(Field("country", "country", "", true, "",
                Options("country", CountryNames.In(lang).Select(c => (c.Code, c.Name)))));
        if (declared.Contains("industry"))
            fields.Add(Field("industry", "industry", "", true, "",
                Options("industry", NaceSectionNames.In(lang).Select(n => (n.Section, $"{n.Section} – {n.Title}")))));
        if (declared.Contains("turnoverBand"))
            fields.Add(Field("turnoverBand", "turnover_band", "", true, "",
                Options("turnoverBand", FirmProfileRules.TurnoverBands.Select(b => (b, T("band_" + b))))));
        fields.AddRange(Numbers.Where(n => declared.Contains(n.Field))
            .Select(n => Field(n.Field, n.Label, n.Hint, false, "numeric", [])));
        return fields;
    }

    /// <summary>
    /// Parses the posted profile; a number that is not a whole number is reported here, the rules check the rest.
    /// </summary>
    public static (FirmProfile Profile, Dictionary<string, string> Errors) Parse(RespondentSession s,
        IReadOnlyDictionary<string, string> v) =>
        Parse(s.Lang, v);

    public static (FirmProfile Profile, Dictionary<string, string> Errors) Parse(string lang,
        IReadOnlyDictionary<string, string> v)
    {
        var errors = new Dictionary<string, string>();
        int? Number(string field)
        {
            var raw = v.GetValueOrDefault(field, "").Trim();
            if (raw.Length == 0) return null;
            if (int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) return n;
            errors[field] = FormStrings.Get(lang, "not_number");
            return null;
        }
        string? Optional(string field) => v.GetValueOrDefault(field, "").Trim() is { Length: > 0 } x ? x : null;
        var profile = new FirmProfile(v.GetValueOrDefault("name", "").Trim(),
            v.GetValueOrDefault("country", "").Trim().ToUpperInvariant(),
            v.GetValueOrDefault("industry", "").Trim().ToUpperInvariant(), Number("employees"),
            Optional("turnoverBand"), Number("foundingYear"),
            Number("foreignTurnoverShare"), Number("upstreamPartners"), Number("downstreamPartners"));
        return (profile, errors);
    }

    public static string JsonNamingPolicyName(FirmProfileField field) =>
        System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(field.ToString());

    private static string Text(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "";
}
