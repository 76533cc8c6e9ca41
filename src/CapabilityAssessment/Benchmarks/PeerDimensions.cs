namespace CapabilityAssessment.Benchmarks;

/// <summary>The dimensions a peer group can be cut by, and the classes firms fall into.</summary>
internal static class PeerDimensions
{
    public const string Everyone = "everyone";
    public const string All = "all";
    public const string Industry = "industry";
    public const string Size = "size";
    public const string Country = "country";
    public const string Age = "age";

    public static readonly IReadOnlyList<string> Singles = [Industry, Size, Country, Age];

    public static readonly IReadOnlyList<string> SizeClasses = ["micro", "small", "medium", "large"];

    /// <summary>EU SME definition by headcount (Commission Recommendation 2003/361/EC, Annex art. 2): micro under 10,
    /// small 10-49, medium 50-249; large from 250. Turnover and balance-sheet ceilings are not used here.</summary>
    public static readonly IReadOnlyList<int> SizeBounds = [10, 50, 250];

    public static string? SizeClass(int? employees) => SizeClassIndex(employees) is { } i ? SizeClasses[i] : null;

    /// <summary>
    /// The class as a number: how many bounds the headcount reaches (SQL's width_bucket(x, bounds) is the same).
    /// </summary>
    public static int? SizeClassIndex(int? employees) => employees is { } e and >= 0 ? Reached(e, SizeBounds) : null;

    /// <summary>Years since founding at the assessment's start, classed by the configured bounds: [5, 10, 20] gives
    /// 0-4, 5-9, 10-19, 20+. A founding year after the reference year counts as age 0.</summary>
    public static string? AgeClass(int? foundingYear, int referenceYear, IReadOnlyList<int> bounds) =>
        AgeClassIndex(foundingYear, referenceYear, bounds) is { } i ? AgeClassLabel(bounds, i) : null;

    public static int? AgeClassIndex(int? foundingYear, int referenceYear, IReadOnlyList<int> bounds) =>
        foundingYear is { } founded ? Reached(Math.Max(0, referenceYear - founded), bounds) : null;

    private static int Reached(int value, IReadOnlyList<int> bounds)
    {
        var reached = 0;
        while (reached < bounds.Count && value >= bounds[reached]) reached++;
        return reached;
    }

    public static IReadOnlyList<string> AgeClasses(IReadOnlyList<int> bounds) =>
        [.. Enumerable.Range(0, bounds.Count + 1).Select(i => AgeClassLabel(bounds, i))];

    private static string AgeClassLabel(IReadOnlyList<int> bounds, int index) =>
        index == bounds.Count ? $"{bounds[^1]}+" : $"{(index == 0 ? 0 : bounds[index - 1])}-{bounds[index] - 1}";
}
