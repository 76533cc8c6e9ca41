using System.Runtime.CompilerServices;
using CapabilityAssessment.Instruments;

namespace CapabilityAssessment.Assessments;

/// <summary>
/// Which modules and items a respondent role answers, as the instrument declares (no roles: everyone).
/// </summary>
internal static class InstrumentForms
{
    public sealed record FoundItem(Item Item, Construct Construct, Module Module, Scale Scale);

    // Saves look items up for every answer: index each (immutable) instrument version once instead of scanning it.
    private static readonly ConditionalWeakTable<InstrumentDefinition, Dictionary<string, FoundItem>> Indexes = new();

    public static IEnumerable<Module> ModulesFor(InstrumentDefinition instrument, string role) =>
        instrument.Modules.Where(m => m.Roles.Count == 0 || m.Roles.Contains(role));

    public static IEnumerable<string> ItemIds(InstrumentDefinition instrument, Module module) =>
        module.Constructs.SelectMany(key => instrument.FindConstruct(key)!.Items).Select(i => i.Id);

    public static IReadOnlySet<string> ItemsFor(InstrumentDefinition instrument, string role) =>
        ModulesFor(instrument, role).SelectMany(m => ItemIds(instrument, m)).ToHashSet();

    public static FoundItem? FindItem(InstrumentDefinition instrument, string itemId) =>
        Indexes.GetValue(instrument, Index).GetValueOrDefault(itemId);

    private static Dictionary<string, FoundItem> Index(InstrumentDefinition instrument) =>
        (from module in instrument.Modules
         from key in module.Constructs
         let construct = instrument.FindConstruct(key)
         where construct is not null
         from item in construct.Items
         select new FoundItem(item, construct, module, instrument.FindScale(construct.Scale)!))
        .ToDictionary(f => f.Item.Id);
}
