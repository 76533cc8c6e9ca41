using System.Globalization;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Fieldwork;
using CapabilityAssessment.Forms;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring.Change;
using CapabilityAssessment.Scoring;
using JasperFx;
using Marten;
using Microsoft.AspNetCore.Antiforgery;

namespace CapabilityAssessment.Reports;

/// <summary>The report's "Since your last assessment" section and the owner's follow-up form.</summary>
internal static class ChangeReport
{
    /// <summary>Null for a firm's first assessment of this instrument.</summary>
    public static async Task<ChangeSection?> ForAsync(IServiceProvider services, Assessment state,
        AssessmentProfile profile, InstrumentDefinition instrument, string lang, CancellationToken ct)
    {
        var store = services.GetRequiredService<IDocumentStore>();
        if (await FirmHistory.PreviousProfileAsync(store, state, ct) is not { } before) return null;
        var changes = await FirmHistory.ChangeAsync(store, services.GetRequiredService<InstrumentCatalog>(), before,
            profile, ct);
        return Build(lang, before, instrument, changes);
    }

    public static ChangeSection Build(string lang, AssessmentProfile before, InstrumentDefinition instrument,
        IReadOnlyList<ConstructChange> changes)
    {
        string T(string key) => ReportStrings.Get(lang, key);
        string Whole(double? v) => v is { } x ? ReportStrings.Whole(lang, x) : "–";
        string Signed(double? v, string format) => v is { } x
            ? (x > 0 ? "+" : x < 0 ? "−" : "") + ReportStrings.Number(lang, Math.Abs(x), format) : "–";
        var rows = changes.Select(c => new ChangeRow("change-" + c.Construct,
            instrument.FindConstruct(c.Construct)?.Title.Get(lang) ?? c.Construct, Whole(c.Before), Whole(c.After),
            Signed(c.Delta, "0.0"), Signed(c.Rci, "0.00"),
            c.Reason is { } r ? T("change_" + r.Code) : c.Significant ? T(c.Delta > 0 ? "change_up" : "change_down")
                : T("change_within"),
            c.Significant)).ToList();
        var notes = changes.Any(c => c.Reason?.Code == ChangeReasons.NoMeasurementError) ? [T("change_unjudged")]
            : new List<string>();
        return new ChangeSection(T("change_title"),
            ReportStrings.Format(lang, "change_intro", before.ScoredAt.ToString("yyyy-MM-dd",
                CultureInfo.InvariantCulture), before.Instrument.Version),
            T("change_caption"), T("change_area"), T("change_then"), T("change_now"), T("change_delta"),
            T("change_rci"), T("change_verdict"), rows, notes);
    }

    /// <summary>
    /// Only a self-service assessment's owner starts a follow-up (a consultant does it with startAssessment(firmId)).
    /// </summary>
    public static bool MayFollowUp(Assessment state, Respondent respondent) =>
        state.IsSelfService && state.Status == AssessmentStatus.Closed && state.OwnerRespondent == respondent.Id;

    public static FollowUpForm? FollowUp(HttpContext http, Assessment state, Respondent respondent, string lang,
        string self)
    {
        if (!MayFollowUp(state, respondent)) return null;
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        return new FollowUpForm($"{self}/follow-up?lang={lang}", ReportStrings.Get(lang, "follow_up_title"),
            ReportStrings.Get(lang, "follow_up_text"), ReportStrings.Get(lang, "follow_up_button"),
            tokens.FormFieldName, tokens.RequestToken ?? "");
    }
}
