using System.Text.RegularExpressions;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Http;

namespace CapabilityAssessment.Forms;

/// <summary>Turns posted radio values into answers, and the rule's problems back into per-item messages.</summary>
internal static partial class AnswerForm
{
    public static (List<AnswerValue> Answers, Dictionary<string, string> Errors) Parse(RespondentSession s,
        IReadOnlyDictionary<string, string> posted)
    {
        var answers = new List<AnswerValue>();
        var errors = new Dictionary<string, string>();
        foreach (var (itemId, raw) in posted)
        {
            if (raw == ModuleView.DontKnow) answers.Add(new AnswerValue(itemId, null, true));
            else if (int.TryParse(raw, out var value)) answers.Add(new AnswerValue(itemId, value));
            else errors[itemId] = Named(s, itemId, FormStrings.Get(s.Lang, "not_a_choice"));
        }
        return (answers, errors);
    }

    /// <summary>
    /// Out-of-range values become inline errors; a conflict shows the newer answer (checked) with a notice, so saving
    /// again confirms the respondent's choice against the version the page now carries.
    /// </summary>
    public static (Dictionary<string, string> Errors, Dictionary<string, string> Notices,
        Dictionary<string, string> Chosen) Explain(
        RespondentSession fresh, IReadOnlyList<AnswerValue> answers, IReadOnlyList<Problem> problems,
        IReadOnlyDictionary<string, string> posted)
    {
        var errors = new Dictionary<string, string>();
        var notices = new Dictionary<string, string>();
        var chosen = new Dictionary<string, string>(posted);
        foreach (var p in problems)
        {
            if (ItemOf(p, answers) is not { } itemId) continue;
            if (p.Code == AssessmentCodes.AnswerConflict && fresh.Respondent.Answers.TryGetValue(itemId, out var newer))
            {
                chosen[itemId] = ModuleView.Choice(newer);
                notices[itemId] = Named(fresh, itemId, string.Format(FormStrings.Get(fresh.Lang, "conflict"),
                    ModuleView.Describe(fresh, itemId, newer)));
            }
            else if (p.Code == AssessmentCodes.ValueOutOfRange)
            {
                chosen.Remove(itemId);
                errors[itemId] = Named(fresh, itemId, FormStrings.Get(fresh.Lang, "not_a_choice"));
            }
            else errors[itemId] = Named(fresh, itemId, p.Message);
        }
        return (errors, notices, chosen);
    }

    /// <summary>The item a problem is about, from its field path answers[i].value / answers[i].itemId.</summary>
    public static string? ItemOf(Problem problem, IReadOnlyList<AnswerValue> answers) =>
        Index().Match(problem.Field) is { Success: true } m && int.Parse(m.Groups[1].Value) is var i
            && i < answers.Count ? answers[i].ItemId : null;

    /// <summary>
    /// Error messages start with the question number and text, so the summary says which question is wrong.
    /// </summary>
    private static string Named(RespondentSession s, string itemId, string message)
    {
        var found = InstrumentForms.FindItem(s.Instrument, itemId);
        return found is null ? message : $"{found.Item.Text.Get(s.Lang)} – {message}";
    }

    [GeneratedRegex(@"^answers\[(\d+)\]")]
    private static partial Regex Index();
}
