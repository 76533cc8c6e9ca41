using CapabilityAssessment.Assessments;
using CapabilityAssessment.Http;

namespace CapabilityAssessment.Benchmarks;

/// <summary>
/// A peer group: everyone, one dimension (industry=C) or a declared crossing (industry+size = C|small).
/// </summary>
public sealed record PeerGroup(string Dimension, string Value)
{
    public static readonly PeerGroup Everyone = new(PeerDimensions.Everyone, PeerDimensions.All);

    /// <summary>The stored form, "dimension=value".</summary>
    public string Key => $"{Dimension}={Value}";

    public static PeerGroup Parse(string key) =>
        key.IndexOf('=') is var i and > 0 ? new(key[..i], key[(i + 1)..]) : throw new FormatException(key);

    /// <summary>The single-dimension parts: industry+size = C|small is industry=C and size=small.</summary>
    public IReadOnlyList<PeerGroup> Parts() => Dimension.Contains('+')
        ? [.. Dimension.Split('+').Zip(Value.Split('|'), (d, v) => new PeerGroup(d, v))]
        : [this];
}

/// <summary>Which groups a firm belongs to, and which groups a caller may ask for.</summary>
internal sealed class PeerGroups(BenchmarkOptions options)
{
    public BenchmarkOptions Options => options;

    public IReadOnlyList<PeerGroup> MembershipsOf(FirmProfile firm, int referenceYear)
    {
        var singles = new Dictionary<string, string?>
        {
            [PeerDimensions.Industry] = firm.Industry,
            [PeerDimensions.Size] = PeerDimensions.SizeClass(firm.Employees),
            [PeerDimensions.Country] = firm.Country,
            [PeerDimensions.Age] = PeerDimensions.AgeClass(firm.FoundingYear, referenceYear, options.AgeClassBounds),
        };
        var groups = new List<PeerGroup> { PeerGroup.Everyone };
        groups.AddRange(options.Dimensions.Where(d => singles[d] is not null)
            .Select(d => new PeerGroup(d, singles[d]!)));
        foreach (var combination in options.Combinations)
            if (combination.Split('+') is [var a, var b] && singles[a] is { } va && singles[b] is { } vb)
                groups.Add(new PeerGroup(combination, $"{va}|{vb}"));
        return groups;
    }

    /// <summary>The group named by the given dimension values (none: everyone), or the problem with it.</summary>
    public (PeerGroup? Group, Problem? Problem) Resolve(IReadOnlyDictionary<string, string> values)
    {
        if (values.Count == 0) return (PeerGroup.Everyone, null);
        foreach (var (dimension, value) in values)
        {
            if (!options.Dimensions.Contains(dimension))
                return (null, new(BenchmarkCodes.UnknownPeerDimension, $"peerGroup.{dimension}",
                    $"'{dimension}' is not a configured peer dimension ({string.Join(", ", options.Dimensions)})."));
            if (!IsValue(dimension, value))
                return (null, new(BenchmarkCodes.UnknownPeerValue, $"peerGroup.{dimension}",
                    $"'{value}' is not {Article(dimension)} {dimension} value{Hint(dimension)}."));
        }
        if (values.Count == 1) return (new PeerGroup(values.Keys.Single(), values.Values.Single()), null);
        var declared = values.Count == 2 ? options.Combinations.FirstOrDefault(c =>
            c.Split('+').ToHashSet().SetEquals(values.Keys)) : null;
        if (declared is null)
            return (null, new(BenchmarkCodes.UnknownPeerDimension, "peerGroup",
                $"{string.Join(" x ", values.Keys)} is not a declared combination " +
                $"({string.Join(", ", options.Combinations)})."));
        return (new PeerGroup(declared, string.Join('|', declared.Split('+').Select(d => values[d]))), null);
    }

    private bool IsValue(string dimension, string value) => dimension switch
    {
        PeerDimensions.Industry => FirmProfileRules.NaceSections.ContainsKey(value),
        PeerDimensions.Country => FirmProfileRules.IsCountry(value),
        PeerDimensions.Size => PeerDimensions.SizeClasses.Contains(value),
        PeerDimensions.Age => PeerDimensions.AgeClasses(options.AgeClassBounds).Contains(value),
        _ => false,
    };

    private static string Article(string word) =>
        word.Length > 0 && "aeiou".Contains(char.ToLowerInvariant(word[0])) ? "an" : "a";

    private string Hint(string dimension) => dimension switch
    {
        PeerDimensions.Industry => " (a NACE Rev. 2 section, A to U)",
        PeerDimensions.Country => " (an ISO 3166-1 alpha-2 code)",
        PeerDimensions.Age => $" ({string.Join(", ", PeerDimensions.AgeClasses(options.AgeClassBounds))})",
        _ => "",
    };
}
