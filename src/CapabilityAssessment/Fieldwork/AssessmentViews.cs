using CapabilityAssessment.Access;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;

namespace CapabilityAssessment.Fieldwork;

internal static class AssessmentViews
{
    /// <summary>Answers are shown to the assessment's managers and to each respondent for their own response.</summary>
    public static AssessmentView For(Assessment state, InstrumentDefinition instrument, Principal viewer,
        bool canManage)
    {
        var respondents = state.Respondents.Select(
            r => new RespondentView(r.Id, r.Role, r.SubmittedAt, Progress(instrument, r), canManage
            || viewer.RespondentId == r.Id
                ? r.Answers.OrderBy(a => a.Key, StringComparer.Ordinal)
                    .Select(a => new AnswerView(a.Key, a.Value.Value, a.Value.DontKnow, a.Value.ChangedAtVersion))
                    .ToList()
                : null)).ToList();
        var overall = instrument.Modules
            .Select(m => new ModuleProgress(m.Key,
                respondents.Sum(r => r.Progress.FirstOrDefault(p => p.Module == m.Key)?.Answered ?? 0),
                respondents.Sum(r => r.Progress.FirstOrDefault(p => p.Module == m.Key)?.Total ?? 0)))
            .ToList();
        return new AssessmentView(state, respondents, overall);
    }

    public static IReadOnlyList<ModuleProgress> Progress(InstrumentDefinition instrument, Respondent respondent) =>
        InstrumentForms.ModulesFor(instrument, respondent.Role)
            .Select(m =>
            {
                var items = InstrumentForms.ItemIds(instrument, m).ToList();
                return new ModuleProgress(m.Key, items.Count(respondent.Answers.ContainsKey), items.Count);
            })
            .ToList();
}
