using CapabilityAssessment.Access;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Fieldwork;
using CapabilityAssessment.Http;
using CapabilityAssessment.Instruments;

namespace CapabilityAssessment.Forms;

/// <summary>The front door at /: what the assessment is, and a no-script form that starts a self-service one.</summary>
internal static partial class FormsApi
{
    private static readonly string[] StartFields = ["instrument", "language", "name", .. FrontDoor.FirmBasics];

    public static RouteGroupBuilder MapFrontDoor(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/").ExcludeFromDescription()
            .RequireRateLimiting(RateLimits.PerClient).WithMetadata(new ErrorAnswer(WriteError));
        group.AddEndpointFilter(RequireAntiforgeryOnPost);
        group.MapGet("/", Home);
        group.MapPost("/start", StartAssessment);
        // Browsers ask for /favicon.ico where a page names no icon (JSON answers, PDFs).
        routes.MapGet("/favicon.ico", () => Results.Redirect("/favicon.svg", permanent: true)).ExcludeFromDescription();
        return group;
    }

    private static IResult Home(HttpContext http, HtmlTemplates html, InstrumentCatalog catalog)
    {
        var lang = FrontDoor.Language(http);
        var page = FrontDoor.Build(catalog, lang, new Dictionary<string, string>(), NoMessages);
        return Render(html, "start", FrontDoor.Page(http, lang, FormStrings.Get(lang, "front_title"), page, []));
    }

    private static async Task<IResult> StartAssessment(HttpContext http, HtmlTemplates html, InstrumentCatalog catalog,
        AssessmentCommands commands, CancellationToken ct)
    {
        var lang = FrontDoor.Language(http);
        var (form, refusal) = await ReadPostedFormAsync(http, ct);
        if (form is null) return refusal!;
        var values = StartFields.ToDictionary(f => f, f => form[f].ToString().Trim());
        var (profile, errors) = FirmView.Parse(lang, values);
        foreach (var field in errors.Keys.ToList()) errors[field] = NumberError(lang, field);
        var instrument = FrontDoor.Published(catalog).FirstOrDefault(i => i.Key == values["instrument"]);
        if (errors.Count == 0 && instrument is not null)
        {
            var (result, link) = await commands.StartAsync(Principal.Anonymous, instrument.Key, null, profile,
                values["language"], instrument.Roles.Count > 0 ? instrument.Roles[0].Key : "respondent", ct);
            if (result.Succeeded)
                return SeeOther(
                    $"/a/{Uri.EscapeDataString(link!.Token)}?lang={Uri.EscapeDataString(values["language"])}");
            foreach (var p in result.Problems) errors.TryAdd(StartField(p), FieldMessages.For(lang, p, StartField(p)));
        }
        else
        {
            // Check the profile too, so that every wrong field is reported at once.
            foreach (var p in FirmProfileRules.Check(profile, commands.Now))
                errors.TryAdd(StartField(p), FieldMessages.For(lang, p, StartField(p)));
            if (instrument is null) errors.TryAdd("instrument", FormStrings.Get(lang, "err_instrument"));
            else if (!instrument.Languages.Contains(values["language"]))
                errors.TryAdd("language", FormStrings.Get(lang, "err_language"));
        }
        var order = StartFields.ToList();
        var summary = errors.OrderBy(e => order.IndexOf(e.Key))
            .Select(e => new ErrorLink("#" + (e.Key is "instrument" or "language"
                ? $"{e.Key}-{FirstChoice(catalog, e.Key)}" : FirmView.Id(e.Key)), e.Value))
            .ToList();
        var page = FrontDoor.Build(catalog, lang, values, errors);
        return Render(html, "start", FrontDoor.Page(http, lang, FormStrings.Get(lang, "front_title"), page, summary),
            StatusCodes.Status422UnprocessableEntity);
    }

    private static string StartField(Problem p) => p.Field switch
    {
        "instrumentKey" => "instrument",
        _ => FieldMessages.FieldOf(p),
    };

    private static string FirstChoice(InstrumentCatalog catalog, string field) =>
        field == "language" ? FormStrings.Languages[0] : FrontDoor.Published(catalog).First().Key;

    private static string NumberError(string lang, string field) =>
        string.Format(FormStrings.Get(lang, "not_number_field"),
            FormStrings.Get(lang, NumberLabels.GetValueOrDefault(field, "employees")));

    private static readonly Dictionary<string, string> NumberLabels = new()
    {
        ["employees"] = "employees", ["foundingYear"] = "founding_year",
        ["foreignTurnoverShare"] = "foreign_turnover_share",
        ["upstreamPartners"] = "upstream_partners", ["downstreamPartners"] = "downstream_partners",
    };
}
