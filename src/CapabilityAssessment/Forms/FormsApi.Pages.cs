using CapabilityAssessment.Assessments;
using CapabilityAssessment.Fieldwork;

namespace CapabilityAssessment.Forms;

internal static partial class FormsApi
{
    private static readonly string[] FirmFields =
        ["name", "country", "industry", "employees", "turnoverBand", "foundingYear", "foreignTurnoverShare",
            "upstreamPartners", "downstreamPartners"];

    private static async Task<IResult> FirmForm(HttpContext http, string token, HtmlTemplates html,
        CancellationToken ct)
    {
        if (await RespondentSession.OpenAsync(http, token, ct) is not { } s) return NotFound(http, html);
        if (s.Respondent.HasSubmitted) return Results.Redirect(s.Base);
        var page = FirmView.Build(s, FirmView.Values(s.State.Firm), new Dictionary<string, string>());
        if (!s.IsOwner())
            page = page with { ReadOnly = true, NextUrl = s.Modules.Count > 0 ? s.ModuleUrl(s.Modules[0])
                : $"{s.Base}/review" };
        return Render(html, "firm", s.Page(http, FormStrings.Get(s.Lang, "firm_profile"), page));
    }

    private static async Task<IResult> SaveFirm(HttpContext http, string token, HtmlTemplates html,
        AssessmentCommands commands, CancellationToken ct)
    {
        if (await RespondentSession.OpenAsync(http, token, ct) is not { } s) return NotFound(http, html);
        if (Refusal(http, html, s) is { } refused) return refused;
        if (!s.IsOwner())
            return Message(http, html, StatusCodes.Status403Forbidden, AssessmentCodes.FirmProfileOwnerOnly,
                "firm_profile", "firm_read_only", true);
        var (form, refusal) = await ReadPostedFormAsync(http, ct);
        if (form is null) return refusal!;
        var values = FirmFields.ToDictionary(f => f, f => form[f].ToString());
        var (profile, errors) = FirmView.Parse(s, values);
        foreach (var field in errors.Keys.ToList()) errors[field] = NumberError(s.Lang, field);
        if (errors.Count == 0)
        {
            var result = await commands.DecideAsync(s.State.Id, (state, _) =>
                AssessmentRules.SaveFirmProfile(state, s.Respondent.Id, profile, commands.Now), ct);
            if (result.Succeeded) return SeeOther(s.Modules.Count > 0 ? s.ModuleUrl(s.Modules[0]) : $"{s.Base}/review");
            foreach (var p in result.Problems)
                errors[FieldMessages.FieldOf(p)] = FieldMessages.For(s.Lang, p, FieldMessages.FieldOf(p));
        }
        else // a number that did not parse: still name every other wrong field at once
            foreach (var p in FirmProfileRules.Check(profile, commands.Now))
                errors.TryAdd(FieldMessages.FieldOf(p), FieldMessages.For(s.Lang, p, FieldMessages.FieldOf(p)));
        var summary = errors.Select(e => new ErrorLink("#" + FirmView.Id(e.Key), e.Value)).ToList();
        return Render(html, "firm", s.Page(http, FormStrings.Get(s.Lang, "firm_profile"),
            FirmView.Build(s, values, errors), errors: summary, self: $"{s.Base}/firm"),
            StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> Review(HttpContext http, string token, HtmlTemplates html, CancellationToken ct)
    {
        if (await RespondentSession.OpenAsync(http, token, ct) is not { } s) return NotFound(http, html);
        if (s.Respondent.HasSubmitted) return Results.Redirect(s.Base);
        return RenderReview(http, html, s, [], StatusCodes.Status200OK);
    }

    private static async Task<IResult> Submit(HttpContext http, string token, HtmlTemplates html,
        AssessmentCommands commands, CancellationToken ct)
    {
        if (await RespondentSession.OpenAsync(http, token, ct) is not { } s) return NotFound(http, html);
        if (Refusal(http, html, s) is { } refused) return refused;
        var result = await commands.DecideAsync(s.State.Id, (state, instrument) =>
            AssessmentRules.Submit(state, instrument, s.Respondent.Id, commands.Now), ct);
        if (result.Succeeded) return SeeOther(s.Base);
        var missing = MissingModules(s);
        var summary = result.Problems.Select(p => p.Code == AssessmentCodes.MissingAnswers
            ? new ErrorLink(missing.Count > 0 ? missing[0].Items[0].Url : "#main",
                string.Format(FormStrings.Get(s.Lang, "missing_answers"), missing.Sum(m => m.Items.Count)))
            : new ErrorLink("#main", p.Message)).ToList();
        return RenderReview(http, html, s, summary, StatusCodes.Status422UnprocessableEntity);
    }

    private static IResult RenderReview(HttpContext http, HtmlTemplates html, RespondentSession s,
        IReadOnlyList<ErrorLink> summary, int status)
    {
        var missing = MissingModules(s);
        var firm = FirmView.Build(s, FirmView.Values(s.State.Firm), NoMessages);
        var page = new ReviewPage($"{s.Base}/submit", missing.Count == 0, missing, $"{s.Base}/firm", [.. firm.Shown],
            ReviewSections(s));
        return Render(html, "review", s.Page(http, FormStrings.Get(s.Lang, "review"), page, errors: summary,
            self: $"{s.Base}/review"), status);
    }

    private static List<MissingModule> MissingModules(RespondentSession s) => s.Modules
        .Select(m => new MissingModule(m.Title.Get(s.Lang), s.ModuleUrl(m),
            m.Constructs.SelectMany(c => s.Instrument.FindConstruct(c)!.Items)
            .Where(i => !s.Respondent.Answers.ContainsKey(i.Id))
            .Select(i => new MissingItem(i.Text.Get(s.Lang), $"{s.ModuleUrl(m)}#{ModuleView.FirstInputId(i.Id)}"))
            .ToList()))
        .Where(m => m.Items.Count > 0).ToList();

    private static List<ReviewModule> ReviewSections(RespondentSession s) =>
        s.Modules.Select(m => new ReviewModule($"review-{m.Key}", m.Title.Get(s.Lang), s.ModuleUrl(m),
        m.Constructs.SelectMany(c => s.Instrument.FindConstruct(c)!.Items).Select(i =>
        {
            var answered = s.Respondent.Answers.TryGetValue(i.Id, out var a);
            return new ReviewItem(i.Text.Get(s.Lang), answered ? ModuleView.Describe(s, i.Id, a!)
                : FormStrings.Get(s.Lang, "no_answer"),
                $"{s.ModuleUrl(m)}#{ModuleView.FirstInputId(i.Id)}", !answered);
        }).ToList())).ToList();
}
