using CapabilityAssessment.Instruments;

namespace CapabilityAssessment.Tests.Instruments;

/// <summary>
/// Small instrument folders copied to the test output: valid/ (a published pair and a
/// minimal file) and invalid/ (one per rule).
/// </summary>
internal static class InstrumentFixtures
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Instruments", "Fixtures");
    public static string Valid { get; } = Path.Combine(Root, "valid");
    public static string Invalid { get; } = Path.Combine(Root, "invalid");
    public static SeedLibrary Seeds => new(Path.Combine(Root, "seeds"));

    private static readonly Lazy<IReadOnlyList<LoadedInstrument>> InvalidLoaded =
        new(() => InstrumentFolder.Load(Invalid, Seeds));
    private static readonly Lazy<IReadOnlyList<LoadedInstrument>> ValidLoaded =
        new(() => InstrumentFolder.Load(Valid, Seeds));

    public static IReadOnlyList<LoadedInstrument> LoadInvalid() => InvalidLoaded.Value;
    public static IReadOnlyList<LoadedInstrument> LoadValid() => ValidLoaded.Value;

    public static LoadedInstrument File(this IReadOnlyList<LoadedInstrument> loaded, string key, int version) =>
        loaded.Single(l => l.File.Replace('\\', '/').EndsWith($"/{key}/v{version}.yaml", StringComparison.Ordinal));

    public static InstrumentCatalog ValidCatalog() => new(LoadValid().Where(l => l.IsValid));
}
