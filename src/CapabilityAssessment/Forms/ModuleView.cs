using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;

namespace CapabilityAssessment.Forms;

/// <summary>
/// Builds a module page: Likert items as radio groups, with the chosen values, inline errors and conflict notices.
/// </summary>
internal static class ModuleView
{
    public const string DontKnow = "dk";

    public static string FieldName(string itemId) => $"item.{itemId}";

    public static string FirstInputId(string itemId) => $"q-{itemId}-1";

    /// <summary>What the respondent has saved, in form values ("1".."n" or "dk").</summary>
    public static Dictionary<string, string> Saved(Respondent respondent) =>
        respondent.Answers.ToDictionary(a => a.Key, a => Choice(a.Value));

    public static string Choice(RecordedAnswer answer) =>
        answer.DontKnow || answer.Value is null ? DontKnow : answer.Value.Value.ToString();

    public static ModulePage Build(RespondentSession s, Module module, IReadOnlyDictionary<string, string> chosen,
        IReadOnlyDictionary<string, string> errors, IReadOnlyDictionary<string, string> notices, long version)
    {
        var number = 0;
        ItemBlock Block(Item i, Scale scale)
        {
            number++;
            chosen.TryGetValue(i.Id, out var value);
            var options = scale.Labels.Select((label, index) =>
                Option(i.Id, (index + 1).ToString(), label.Get(s.Lang), value, false))
                .Append(Option(i.Id, DontKnow, scale.DontKnow?.Get(s.Lang) ?? FormStrings.Get(s.Lang, "no_answer"),
                    value, true))
                .ToList();
            return new ItemBlock(i.Id, $"{number}.", i.Text.Get(s.Lang), $"q-{i.Id}-error",
                errors.GetValueOrDefault(i.Id, ""), notices.GetValueOrDefault(i.Id, ""), options);
        }
        var members = module.Constructs.Select(key => s.Instrument.FindConstruct(key)!).ToList();
        // An item order interleaves the constructs on one untitled block, so no construct name primes the answers.
        var constructs = module.ItemOrder is { } order
            ? [new ConstructBlock("", "", order.Select(id => members.SelectMany(c => c.Items.Select(i => (c, i)))
                .First(x => x.i.Id == id))
                .Select(x => Block(x.i, s.Instrument.FindScale(x.c.Scale)!)).ToList())]
            : members.Select(c => new ConstructBlock(c.Title.Get(s.Lang), c.Description.Get(s.Lang),
                c.Items.Select(i => Block(i, s.Instrument.FindScale(c.Scale)!)).ToList())).ToList();
        var index = s.Modules.ToList().FindIndex(m => m.Key == module.Key);
        var back = index > 0 ? s.ModuleUrl(s.Modules[index - 1]) : $"{s.Base}/firm";
        return new ModulePage(module.Key, module.Intro?.Get(s.Lang) ?? "", s.ModuleUrl(module), back, version,
            constructs);
    }

    public static string NextUrl(RespondentSession s, Module module)
    {
        var index = s.Modules.ToList().FindIndex(m => m.Key == module.Key);
        return index + 1 < s.Modules.Count ? s.ModuleUrl(s.Modules[index + 1]) : $"{s.Base}/review";
    }

    /// <summary>A scale label for a saved answer, used to tell the respondent what the newer answer is.</summary>
    public static string Describe(RespondentSession s, string itemId, RecordedAnswer answer)
    {
        var found = InstrumentForms.FindItem(s.Instrument, itemId)!;
        return answer.Value is { } v && !answer.DontKnow && v >= 1 && v <= found.Scale.Labels.Count
            ? found.Scale.Labels[v - 1].Get(s.Lang)
            : found.Scale.DontKnow?.Get(s.Lang) ?? FormStrings.Get(s.Lang, "no_answer");
    }

    private static OptionBlock Option(string itemId, string value, string label, string? chosen, bool dontKnow) =>
        new($"q-{itemId}-{value}", FieldName(itemId), value, label, chosen == value, dontKnow);
}
