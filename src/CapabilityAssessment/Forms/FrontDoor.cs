using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;
using Microsoft.AspNetCore.Antiforgery;

namespace CapabilityAssessment.Forms;

internal sealed record StartPage(string Action, IReadOnlyList<InstrumentChoice> Instruments, string InstrumentError,
    IReadOnlyList<LanguageOption> Languages, string LanguageError, IReadOnlyList<FirmField> Fields,
    IReadOnlyList<string> Estimates)
{
    public bool HasInstrumentError => InstrumentError.Length > 0;
    public bool HasLanguageError => LanguageError.Length > 0;
}

internal sealed record InstrumentChoice(string Id, string Key, string Title, string Description, bool Checked);

internal sealed record LanguageOption(string Id, string Value, string Label, bool Checked);

/// <summary>
/// The front door's model: the published questionnaires, a time estimate for each, and the start form.
/// </summary>
internal static class FrontDoor
{
    /// <summary>The firm basics asked before the start; the rest of the profile is on the form's firm page.</summary>
    public static readonly string[] FirmBasics = ["country", "industry", "employees"];

    /// <summary>Planning figure of 8 seconds per agree-disagree item (a common rule of thumb for web surveys of
    /// 5-7 point scales), rounded up to whole 5 minutes so the promise errs on the long side.</summary>
    public static int Minutes(int items) => Math.Max(5, (int)Math.Ceiling(items * 8 / 60.0 / 5) * 5);

    /// <summary>
    /// ?lang= (kept in the cookie), else the kept choice, else the browser's Accept-Language, else English.
    /// </summary>
    public static string Language(HttpContext http)
    {
        if (http.Request.Query.ContainsKey("lang") || LanguageChoice.Remembered(http) is not null)
            return LanguageChoice.Choose(http, "en");
        var accepted = http.Request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value?.Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(l => l is not null && FormStrings.Languages.Contains(l));
        return accepted ?? "en";
    }

    public static StartPage Build(InstrumentCatalog catalog, string lang, IReadOnlyDictionary<string, string> values,
        IReadOnlyDictionary<string, string> errors)
    {
        var instruments = Published(catalog).ToList();
        var chosen = values.GetValueOrDefault("instrument") is { Length: > 0 } key ? key
            : instruments.FirstOrDefault()?.Key ?? "";
        var language = values.GetValueOrDefault("language") is { Length: > 0 } l ? l : lang;
        return new StartPage("/start",
            [.. instruments.Select(i => new InstrumentChoice($"instrument-{i.Key}", i.Key, i.Title.Get(lang),
                i.Description.Get(lang), i.Key == chosen))],
            errors.GetValueOrDefault("instrument", ""),
            [.. FormStrings.Languages.Select(
                x => new LanguageOption($"language-{x}", x, FormStrings.Get(lang, "lang_" + x), x == language))],
            errors.GetValueOrDefault("language", ""),
            FirmView.Fields(lang, FirmBasics, values, errors),
            [.. instruments.Select(i => Estimate(i, lang))]);
    }

    public static IEnumerable<InstrumentDefinition> Published(InstrumentCatalog catalog) =>
        catalog.Published()
            .GroupBy(i => i.Key)
            .Select(g => g.MaxBy(i => i.Version)!)
            .OrderBy(i => i.Key, StringComparer.Ordinal);

    /// <summary>The starter answers as the instrument's first role (the managing director).</summary>
    private static string Estimate(InstrumentDefinition i, string lang)
    {
        var items = i.Roles.Count > 0 ? InstrumentForms.ItemsFor(i, i.Roles[0].Key).Count : i.Items.Count();
        return string.Format(FormStrings.Get(lang, "estimate"), i.Title.Get(lang), items, Minutes(items));
    }

    public static LayoutModel Page(HttpContext http, string lang, string title, object page,
        IReadOnlyList<ErrorLink> errors)
    {
        var other = lang == "fi" ? "en" : "fi";
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        return new LayoutModel(lang, title, "", $"/?lang={other}", other, other == "fi" ? "Suomeksi" : "In English", "",
            [], 0, 0, false, errors, tokens.FormFieldName, tokens.RequestToken ?? "", page);
    }
}
