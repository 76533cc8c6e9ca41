using CapabilityAssessment.Access;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Fieldwork;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Storage;
using JasperFx;
using Marten;
using Microsoft.AspNetCore.Antiforgery;

namespace CapabilityAssessment.Forms;

/// <summary>
/// One request's view of a respondent link: the assessment as of now, its pinned instrument and the chosen language.
/// </summary>
internal sealed record RespondentSession(string Token, Assessment State, InstrumentDefinition Instrument,
    Respondent Respondent, string Lang)
{
    public string Base => $"/a/{Uri.EscapeDataString(Token)}";

    public IReadOnlyList<Module> Modules => InstrumentForms.ModulesFor(Instrument, Respondent.Role).ToList();

    public IEnumerable<string> ItemIds(Module module) => InstrumentForms.ItemIds(Instrument, module);

    public string ModuleUrl(Module module) => $"{Base}/m/{Uri.EscapeDataString(module.Key)}";

    /// <summary>The first page with an unanswered item, else the review page.</summary>
    public string ContinueUrl() =>
        Modules.FirstOrDefault(m => ItemIds(m).Any(id => !Respondent.Answers.ContainsKey(id))) is { } next
            ? ModuleUrl(next) : $"{Base}/review";

    /// <summary>
    /// An unknown, expired or non-respondent token is "not found", whether or not the assessment exists.
    /// </summary>
    public static async Task<RespondentSession?> OpenAsync(HttpContext http, string token, CancellationToken ct)
    {
        if (await RespondentOfAsync(http, token, ct) is not { } link) return null;
        var (assessmentId, respondentId) = link;
        var commands = http.RequestServices.GetRequiredService<AssessmentCommands>();
        if (await commands.LoadAsync(assessmentId, ct) is not { } state
            || state.FindRespondent(respondentId) is not { } respondent) return null;
        return new RespondentSession(token, state, commands.PinnedInstrument(state), respondent,
            LanguageChoice.Choose(http, state.Language));
    }

    /// <summary>
    /// The link's assessment and respondent without reading the assessment (a save reads it once, to decide).
    /// </summary>
    public static async Task<(Guid AssessmentId, Guid RespondentId)?> RespondentOfAsync(HttpContext http, string token,
        CancellationToken ct)
    {
        var services = http.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var principal = await CurrentPrincipal.ForTokenAsync(services.GetRequiredService<IDocumentStore>(),
            token, now, ct);
        if (principal is { Role: PrincipalRole.Respondent, AssessmentId: { } assessmentId,
            RespondentId: { } respondentId })
            return (assessmentId, respondentId);
        services.GetRequiredService<Http.RefusedTokens>().Record(http);
        return null;
    }

    public LayoutModel Page(HttpContext http, string title, object page, string? currentModule = null,
        IReadOnlyList<ErrorLink>? errors = null, string? self = null)
    {
        var modules = Modules.Zip(AssessmentViews.Progress(Instrument, Respondent), (m, p) =>
            new ProgressRow(m.Key, m.Title.Get(Lang), ModuleUrl(m), p.Answered, p.Total,
                m.Key == currentModule)).ToList();
        var other = Lang == "fi" ? "en" : "fi";
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        return new LayoutModel(Lang, title, Base, $"{self ?? http.Request.Path}?lang={other}", other,
            other == "fi" ? "Suomeksi" : "In English", State.Firm.Name, modules, modules.Sum(m => m.Answered),
            modules.Sum(m => m.Total), true, errors ?? [],
            tokens.FormFieldName, tokens.RequestToken ?? "", page);
    }

    public static LayoutModel Message(HttpContext http, string lang, string title, MessagePage page)
    {
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        return new LayoutModel(lang, title, "", "", "", "", "", [], 0, 0, false, [], tokens.FormFieldName,
            tokens.RequestToken ?? "", page);
    }
}
