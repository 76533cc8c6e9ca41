using CapabilityAssessment.Http;
using Microsoft.AspNetCore.Antiforgery;

namespace CapabilityAssessment.Forms;

/// <summary>
/// The respondent's server-rendered form under /a/{token}. Works without JavaScript (POST, then 303 to the next page);
/// form.js adds autosave. Every POST, autosave included, must carry the antiforgery token.
/// </summary>
internal static partial class FormsApi
{
    public static IServiceCollection AddForms(this IServiceCollection services)
    {
        services.AddAntiforgery(o => o.HeaderName = "RequestVerificationToken");
        services.AddSingleton<HtmlTemplates>();
        return services;
    }

    public static RouteGroupBuilder MapForms(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/a/{token}").ExcludeFromDescription()
            .RequireRateLimiting(RateLimits.PerLink).WithMetadata(new ErrorAnswer(WriteError));
        group.AddEndpointFilter(RequireAntiforgeryOnPost);
        group.MapGet("/", Overview);
        group.MapGet("/firm", FirmForm);
        group.MapPost("/firm", SaveFirm);
        group.MapGet("/m/{moduleKey}", ModuleForm);
        group.MapPost("/m/{moduleKey}", SaveModule);
        group.MapPost("/m/{moduleKey}/autosave", Autosave);
        group.MapGet("/review", Review);
        group.MapPost("/submit", Submit);
        MapTeam(group);
        return group;
    }

    private static async Task<IResult> Overview(HttpContext http, string token, HtmlTemplates html,
        CancellationToken ct)
    {
        if (await RespondentSession.OpenAsync(http, token, ct) is not { } s) return NotFound(http, html);
        if (s.State.Status == Assessments.AssessmentStatus.Closed || s.Respondent.HasSubmitted)
            return Render(html, "done", s.Page(
                http, FormStrings.Get(s.Lang, s.State.Status == Assessments.AssessmentStatus.Closed
                ? "closed_title" : "done_title"), DoneView.Build(s)));
        var page = new OverviewPage(s.Instrument.Roles.FirstOrDefault(r =>
            r.Key == s.Respondent.Role)?.Title.Get(s.Lang) ?? s.Respondent.Role, s.Instrument.Title.Get(s.Lang),
            s.Instrument.Description.Get(s.Lang), s.ContinueUrl(), $"{s.Base}/firm", $"{s.Base}/review",
            s.ManagesTeam() ? s.TeamUrl() : "");
        return Render(html, "overview", s.Page(http, s.Instrument.Title.Get(s.Lang), page));
    }

    private static IResult Render(HtmlTemplates html, string template, LayoutModel model,
        int status = StatusCodes.Status200OK) =>
        new HtmlResult(html.Render(template, model), status);

    private static IResult NotFound(HttpContext http, HtmlTemplates html) =>
        Message(http, html, StatusCodes.Status404NotFound, FormCodes.InvalidToken, "not_found_title",
        "not_found", false);

    private static IResult Message(HttpContext http, HtmlTemplates html, int status, string code, string titleKey,
        string messageKey, bool linkHome)
    {
        var lang = FormStrings.Normalize(LanguageChoice.Remembered(http));
        var model = RespondentSession.Message(http, lang, FormStrings.Get(lang, titleKey),
            new MessagePage(code, FormStrings.Get(lang, messageKey), linkHome));
        return Render(html, "message", model, status);
    }

    /// <summary>
    /// Refuses a POST whose antiforgery cookie and token (form field or RequestVerificationToken header) do not match.
    /// </summary>
    private static async ValueTask<object?> RequireAntiforgeryOnPost(EndpointFilterInvocationContext context,
        EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method)) return await next(context);
        try
        {
            await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            if (IsAutosave(http))
                return AutosaveErrors(StatusCodes.Status400BadRequest,
                    [new(FormCodes.AntiforgeryFailed, "", FormStrings.Get("en", "bad_request"))]);
            return Message(http, http.RequestServices.GetRequiredService<HtmlTemplates>(),
                StatusCodes.Status400BadRequest, FormCodes.AntiforgeryFailed, "bad_request_title",
                "bad_request", false);
        }
        return await next(context);
    }
}
