using CapabilityAssessment.Instruments;

namespace CapabilityAssessment.Assessments;

/// <summary>Which modules and items a respondent role answers, as the instrument declares (no roles: everyone).</summary>
internal static class InstrumentForms
{
    public sealed record FoundItem(Item Item, Construct Construct, Module Module, Scale Scale);

    public static IEnumerable<Module> ModulesFor(InstrumentDefinition instrument, string role) =>
        instrument.Modules.Where(m => m.Roles.Count == 0 || m.Roles.Contains(role));

    public static IReadOnlySet<string> ItemsFor(InstrumentDefinition instrument, string role) =>
        ModulesFor(instrument, role)
            .SelectMany(m => m.Constructs)
            .SelectMany(key => instrument.FindConstruct(key)!.Items)
            .Select(i => i.Id)
            .ToHashSet();

    public static FoundItem? FindItem(InstrumentDefinition instrument, string itemId)
    {
        foreach (var module in instrument.Modules)
            foreach (var key in module.Constructs)
                if (instrument.FindConstruct(key) is { } construct && construct.Items.FirstOrDefault(i => i.Id == itemId) is { } item)
                    return new FoundItem(item, construct, module, instrument.FindScale(construct.Scale)!);
        return null;
    }
}
