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
    public static string? SizeClass(int? employees) => employees switch
    {
        null or < 0 => null,
        < 10 => "micro",
        < 50 => "small",
        < 250 => "medium",
        _ => "large",
    };

    /// <summary>Years since founding at the assessment's start, classed by the configured bounds: [5, 10, 20] gives
    /// 0-4, 5-9, 10-19, 20+. A founding year after the reference year counts as age 0.</summary>
    public static string? AgeClass(int? foundingYear, int referenceYear, IReadOnlyList<int> bounds)
    {
        if (foundingYear is not { } founded) return null;
        var age = Math.Max(0, referenceYear - founded);
        var lower = 0;
        foreach (var bound in bounds)
        {
            if (age < bound) return $"{lower}-{bound - 1}";
            lower = bound;
        }
        return $"{lower}+";
    }

    public static IReadOnlyList<string> AgeClasses(IReadOnlyList<int> bounds) =>
        [.. bounds.Select((b, i) => $"{(i == 0 ? 0 : bounds[i - 1])}-{b - 1}"), $"{bounds[^1]}+"];
}
