using CapabilityAssessment.Assessments;
using CapabilityAssessment.Fieldwork;
using CapabilityAssessment.Forms;
using CapabilityAssessment.Profiles;
using CapabilityAssessment.Scoring;
using CapabilityAssessment.Storage;
using JasperFx;
using Marten;

namespace CapabilityAssessment.Reports;

/// <summary>
/// The firm's report under /r/{token}, with the respondent's form link token: server-rendered HTML (no
/// script), and a PDF printed by headless chromium. The consultant gets the same numbers and words
/// through GraphQL's assessment.profile.
/// </summary>
internal static partial class ReportsApi
{
    public static RouteGroupBuilder MapReports(this IEndpointRouteBuilder routes)
    {
        _ = ReportTemplates.Shared; // parse now: a template error fails startup, not a reader's request
        var group = routes.MapGroup("/r/{token}").ExcludeFromDescription();
        group.MapGet("/", Page);
        group.MapGet("/report.pdf", Pdf);
        group.MapPost("/follow-up", StartFollowUp);
        return group;
    }

    private static async Task<IResult> Page(HttpContext http, string token, HtmlTemplates forms, CancellationToken ct)
    {
        var (report, refusal) = await LoadAsync(http, token, forms, ct);
        return refusal ?? new HtmlResult(ReportTemplates.Shared.Render(report!));
    }

    private static async Task<IResult> Pdf(HttpContext http, string token, HtmlTemplates forms,
        IConfiguration configuration, IWebHostEnvironment environment, CancellationToken ct)
    {
        var (report, refusal) = await LoadAsync(http, token, forms, ct);
        if (refusal is not null) return refusal;
        var lang = report!.Lang;
        if (ReportPdf.FindChromium(configuration) is not { } chromium)
            return Message(http, forms, lang, new(StatusCodes.Status503ServiceUnavailable, ReportCodes.PdfUnavailable,
                "pdf_unavailable_title", "pdf_unavailable"));
        var css = await ReadStylesheetAsync(environment, ct);
        var (outcome, pdf) = await ReportPdf.PrintAsync(chromium,
            ReportPdf.Printable(ReportTemplates.Shared.Render(report with { FollowUp = null }), css,
            $"{report.Title} – {report.FirmName}"), ct);
        if (outcome != PdfOutcome.Done)
            return Message(http, forms, lang, outcome == PdfOutcome.TimedOut
                ? new(StatusCodes.Status504GatewayTimeout, ReportCodes.PdfTimeout, "pdf_failed_title", "pdf_failed")
                : new(StatusCodes.Status502BadGateway, ReportCodes.PdfFailed, "pdf_failed_title", "pdf_failed"));
        SecurityHeaders.Apply(http.Response);
        return Results.File(pdf!, "application/pdf", report.PdfFileName);
    }

    /// <summary>
    /// The page model, or the page that explains why there is none (same 404 as the form for a bad link).
    /// </summary>
    private static async Task<(ReportPage? Report, IResult? Refusal)> LoadAsync(HttpContext http, string token,
        HtmlTemplates forms, CancellationToken ct)
    {
        if (await RespondentSession.OpenAsync(http, token, ct) is not { } s)
        {
            var lang = LanguageChoice.Choose(http, null);
            return (null, Message(http, forms, lang, new(StatusCodes.Status404NotFound, FormCodes.InvalidToken,
                "not_found_title", "not_found"), FormStrings.Get));
        }
        var language = LanguageChoice.Choose(http, s.State.Language);
        if (s.State.Status != AssessmentStatus.Closed)
            return (null, Message(http, forms, language, new(StatusCodes.Status409Conflict,
                ProfileCodes.AssessmentNotClosed, "not_ready_title", "not_ready")));
        var store = http.RequestServices.GetRequiredService<IDocumentStore>();
        if (await ReportData.ProfileAsync(store, s.State.Id, ct) is not ({ } profile, var pin))
            return (null, Message(http, forms, language, new(StatusCodes.Status409Conflict,
                ProfileCodes.ProfileNotFound, "no_profile_title", "no_profile")));
        var self = $"/r/{Uri.EscapeDataString(token)}";
        return (ReportBuilder.Build(s.State, profile, s.Instrument, language, pin, self, $"{self}/report.pdf") with
        {
            Change = await ChangeReport.ForAsync(http.RequestServices, s.State, profile, s.Instrument, language, ct),
            FollowUp = ChangeReport.FollowUp(http, s.State, s.Respondent, language, self),
        }, null);
    }

    private static async Task<string> ReadStylesheetAsync(IWebHostEnvironment environment, CancellationToken ct)
    {
        var file = environment.WebRootFileProvider.GetFileInfo("report/report.css");
        if (!file.Exists) return "";
        await using var stream = file.CreateReadStream();
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync(ct);
    }

    /// <summary>
    /// A short page in the form's message layout, with a stable code (the form's own 404 wording for INVALID_TOKEN).
    /// </summary>
    private static HtmlResult Message(HttpContext http, HtmlTemplates forms, string lang, ReportMessage message,
        Func<string, string, string>? strings = null)
    {
        var text = strings ?? ReportStrings.Get;
        var model = RespondentSession.Message(http, lang, text(lang, message.TitleKey),
            new MessagePage(message.Code, text(lang, message.MessageKey), false));
        return new HtmlResult(forms.Render("message", model), message.Status);
    }
}
