using CapabilityAssessment.Assessments;
using CapabilityAssessment.Fieldwork;
using CapabilityAssessment.Http;

namespace CapabilityAssessment.Forms;

internal static partial class FormsApi
{
    private static readonly Dictionary<string, string> NoMessages = [];

    private static async Task<IResult> ModuleForm(HttpContext http, string token, string moduleKey, HtmlTemplates html,
        CancellationToken ct)
    {
        if (await RespondentSession.OpenAsync(http, token, ct) is not { } s) return NotFound(http, html);
        if (s.Respondent.HasSubmitted) return Results.Redirect(s.Base);
        if (s.Modules.FirstOrDefault(m => m.Key == moduleKey) is not { } module) return NotFound(http, html);
        return RenderModule(http, html, s, module, ModuleView.Saved(s.Respondent), NoMessages, NoMessages, [],
            StatusCodes.Status200OK);
    }

    private static async Task<IResult> SaveModule(HttpContext http, string token, string moduleKey, HtmlTemplates html,
        AssessmentCommands commands, CancellationToken ct)
    {
        if (await RespondentSession.OpenAsync(http, token, ct) is not { } s) return NotFound(http, html);
        if (s.Modules.FirstOrDefault(m => m.Key == moduleKey) is not { } module) return NotFound(http, html);
        if (Refusal(http, html, s) is { } refused) return refused;
        var (form, refusal) = await ReadPostedFormAsync(http, ct);
        if (form is null) return refusal!;
        var posted = s.ItemIds(module).Where(id => form[ModuleView.FieldName(id)].ToString().Length > 0)
            .ToDictionary(id => id, id => form[ModuleView.FieldName(id)].ToString());
        var (answers, errors) = AnswerForm.Parse(s, posted);
        if (errors.Count > 0)
            return RenderModule(http, html, s, module, posted, errors, NoMessages, Summary(s, errors),
                StatusCodes.Status422UnprocessableEntity);
        var next = Destination(s, form["go"].ToString()) ?? ModuleView.NextUrl(s, module);
        if (answers.Count == 0) return SeeOther(next);

        var expected = long.TryParse(form["version"], out var v) ? v : -1;
        var result = await commands.SaveAnswersAsync(s.State.Id, s.Respondent.Id, Guid.NewGuid(), expected,
            answers, ct);
        if (result.Succeeded) return SeeOther(next);

        var fresh = await RespondentSession.OpenAsync(http, token, ct) ?? s;
        var (itemErrors, notices, chosen) = AnswerForm.Explain(fresh, answers, result.Problems, posted);
        var status = notices.Count > 0 ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return RenderModule(http, html, fresh, module, chosen, itemErrors, notices,
            Summary(fresh, itemErrors.Concat(notices).ToDictionary(), result.Problems), status);
    }

    private static async Task<IResult> Autosave(HttpContext http, string token, string moduleKey,
        AssessmentCommands commands, CancellationToken ct)
    {
        // The hot path reads the assessment once, in the save's own fetch: the link is checked here, the module there.
        if (await RespondentSession.RespondentOfAsync(http, token, ct) is not { } link) return AutosaveNotFound();
        var (assessmentId, respondentId) = link;
        if (!Http.JsonBodies.IsUtf8Json(http.Request))
            return AutosaveErrors(StatusCodes.Status415UnsupportedMediaType,
                [new(Http.HttpCodes.UnsupportedMediaType, "", "Send the answers as application/json (UTF-8).")]);
        AutosaveRequest? request;
        try { request = await http.Request.ReadFromJsonAsync<AutosaveRequest>(ct); }
        catch (System.Text.Json.JsonException) { request = null; }
        if (request?.Answers is null || request.Answers.Contains(null))
            return AutosaveErrors(StatusCodes.Status400BadRequest,
                [new(HttpCodes.InvalidJson, "", "Send {saveId, expectedVersion, answers}.")]);
        var answers = request.Answers.Select(a => new AnswerValue(a!.ItemId ?? "", a.Value, a.DontKnow)).ToList();
        var now = commands.Now;
        var result = await commands.SaveInGroupAsync(assessmentId, (state, instrument) =>
            state.FindRespondent(respondentId) is { } r
                && InstrumentForms.ModulesFor(instrument, r.Role).Any(m => m.Key == moduleKey)
                ? AssessmentRules.SaveAnswers(state, instrument, respondentId, request.SaveId, request.ExpectedVersion,
                    answers, now)
                : Decision.Reject(FormCodes.InvalidToken, "moduleKey", "No such module for this respondent."), ct);
        if (result.Succeeded) return Results.Json(new { version = result.Version });
        if (result.Problems.Any(p => p.Code is FormCodes.InvalidToken or AssessmentCodes.AssessmentNotFound)
            || await RespondentSession.OpenAsync(http, token, ct) is not { } s) return AutosaveNotFound();
        var errors = result.Problems.Select(p => new AutosaveError(p.Code, AnswerForm.ItemOf(p, answers) ?? p.Field,
            AutosaveMessage(s.Lang, p))).ToList();
        return AutosaveErrors(errors.Any(e => e.Code == AssessmentCodes.AnswerConflict) ? StatusCodes.Status409Conflict
            : StatusCodes.Status422UnprocessableEntity, errors);
    }

    // A module the respondent does not have is answered as an unknown link, as the page for it is.

    private static IResult AutosaveNotFound() =>
        AutosaveErrors(StatusCodes.Status404NotFound, [new(FormCodes.InvalidToken, "",
            FormStrings.Get("en", "not_found"))]);

    private static IResult RenderModule(HttpContext http, HtmlTemplates html, RespondentSession s,
        Instruments.Module module, IReadOnlyDictionary<string, string> chosen,
        IReadOnlyDictionary<string, string> errors, IReadOnlyDictionary<string, string> notices,
        IReadOnlyList<ErrorLink> summary, int status)
    {
        var page = ModuleView.Build(s, module, chosen, errors, notices, s.State.Version);
        var model = s.Page(http, module.Title.Get(s.Lang), page, module.Key, summary, s.ModuleUrl(module))
            with { SaveForm = "answers" };
        return Render(html, "module", model, status);
    }

    private static List<ErrorLink> Summary(RespondentSession s, IReadOnlyDictionary<string, string> byItem,
        IReadOnlyList<Problem>? others = null) =>
        [.. byItem.Select(e => new ErrorLink("#" + ModuleView.FirstInputId(e.Key), e.Value)),
         .. (others ?? [])
         .Where(p => !p.Field.StartsWith("answers[", StringComparison.Ordinal))
         .Select(p => new ErrorLink("#main", p.Message))];

    /// <summary>
    /// Submitted responses and closed assessments take no more posts; the page says so with a stable code.
    /// </summary>
    private static IResult? Refusal(HttpContext http, HtmlTemplates html, RespondentSession s) =>
        s.Respondent.HasSubmitted ? Message(http, html, StatusCodes.Status409Conflict,
            AssessmentCodes.ResponseSubmitted, "done_title", "submitted", true)
        : s.State.Status == AssessmentStatus.Closed ? Message(http, html, StatusCodes.Status409Conflict,
            AssessmentCodes.AssessmentClosed, "done_title", "closed", true)
        : null;

    private static IResult SeeOther(string url) => new SeeOtherResult(url);

    /// <summary>Where a "save and go" button leads: only to a page of the same link (never another site).</summary>
    private static string? Destination(RespondentSession s, string go) =>
        go.Length > 0 && (go == s.Base || go.StartsWith(s.Base + "/", StringComparison.Ordinal)
            || go.StartsWith(s.Base + "?", StringComparison.Ordinal))
            && !go.Contains("//", StringComparison.Ordinal) && !go.Contains('\\') ? go : null;

    /// <summary>
    /// Autosave problems in the respondent's language (the rules' messages are English, for API clients).
    /// </summary>
    private static string AutosaveMessage(string lang, Problem p) => FormStrings.Get(lang, p.Code switch
    {
        AssessmentCodes.AnswerConflict => "autosave_conflict",
        AssessmentCodes.AssessmentClosed => "closed",
        AssessmentCodes.ResponseSubmitted => "submitted",
        _ => "save_failed",
    });

    private static IResult AutosaveErrors(int status, IReadOnlyList<AutosaveError> errors) =>
        Results.Json(new { errors }, statusCode: status);
}

internal sealed record AutosaveRequest(Guid SaveId, long ExpectedVersion, List<AutosaveAnswer?>? Answers);

internal sealed record AutosaveAnswer(string? ItemId, int? Value, bool DontKnow);

internal sealed record AutosaveError(string Code, string Field, string Message);

/// <summary>303 See Other: after a POST the browser must GET the next page (PRG), whatever the client.</summary>
internal sealed class SeeOtherResult(string url) : IResult
{
    public Task ExecuteAsync(HttpContext http)
    {
        SecurityHeaders.Apply(http.Response);
        http.Response.StatusCode = StatusCodes.Status303SeeOther;
        http.Response.Headers.Location = url;
        return Task.CompletedTask;
    }
}
