using System.Text.Json.Serialization;

namespace CapabilityAssessment.Exports.Bundle;

[JsonConverter(typeof(JsonStringEnumConverter<VariableType>))]
internal enum VariableType { Integer, Double, String }

/// <summary>
/// One column of an exported table as the codebook describes it. Names are SPSS-safe: a letter first, then letters,
/// digits and underscores, at most 64 characters. Missing codes are the user-missing values (at most three, SPSS's
/// limit for discrete missing values); a null in a Double or String column is system-missing. Item and score variables
/// also name their construct, its kind (scale or index), an index's rule, the referent (self or firm) and an item's
/// facet (the codebook fills these in, Codebook.Describe); where versions in a release differ, as "v1: ...; v2: ...".
/// </summary>
internal sealed record ExportVariable(
    string Name, string Label, VariableType Type, IReadOnlyDictionary<int, string>? ValueLabels = null,
    IReadOnlyDictionary<int, string>? MissingCodes = null, string? Rule = null)
{
    public string? Construct { get; init; }
    public string? Kind { get; init; }
    public string? IndexRule { get; init; }
    public string? Referent { get; init; }
    public string? Facet { get; init; }
}

/// <summary>The missing-value codes of item answers.</summary>
internal static class MissingCodes
{
    public const int DontKnow = -1;
    public const int NotAnswered = -2;
    public const int NotAsked = -3;

    public static readonly IReadOnlyDictionary<int, string> Items = new Dictionary<int, string>
    {
        [DontKnow] = "Don't know",
        [NotAnswered] = "Not answered",
        [NotAsked] = "Not asked (the item is not in this respondent's modules or instrument version)",
    };
}

internal static class VariableNames
{
    /// <summary>
    /// SPSS-safe: lowercase, non-alphanumerics to '_', never starting with '_' or a digit, at most 64 characters.
    /// </summary>
    public static string Safe(string prefix, string key)
    {
        var chars = (prefix + key).ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray();
        var name = new string(chars).TrimStart('_');
        if (name.Length == 0 || !char.IsAsciiLetter(name[0])) name = "v" + name;
        return name.Length > 64 ? name[..64] : name;
    }
}
