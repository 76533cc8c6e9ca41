using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace CapabilityAssessment.Instruments;

internal enum InstrumentStatus { Draft, Published, Retired }

internal enum Layer { Cognitive, Managerial, Organisational, DynamicCapability, ManagementMode, Practice, Outcome }

/// <summary>
/// Scale: reflective (alpha, omega, SEM, bands). Index: formative or count, scored by its declared rule only.
/// </summary>
internal enum ConstructKind { Scale, Index }

/// <summary>
/// Self: the respondent rates themself (no within-firm agreement). Firm: the respondent rates the firm.
/// </summary>
internal enum Referent { Self, Firm }

/// <summary>
/// How an index is scored: the share of items answered at or above a threshold, or the rescaled mean.
/// </summary>
internal enum IndexRule { Count, Mean }

internal enum FirmProfileField
{
    Country, Industry, Employees, TurnoverBand, FoundingYear, ForeignTurnoverShare, UpstreamPartners,
    DownstreamPartners,
}

/// <summary>One version of a questionnaire, exactly as its YAML file declares it (see instruments/README.md).</summary>
internal sealed record InstrumentDefinition(
    string Key,
    int Version,
    InstrumentStatus Status,
    IReadOnlyList<string> Languages,
    LocalizedText Title,
    LocalizedText Description,
    Translation? Translation,
    IReadOnlyList<FirmProfileField> FirmProfile,
    IReadOnlyList<Scale> Scales,
    IReadOnlyList<Role> Roles,
    IReadOnlyList<Band> Bands,
    IReadOnlyList<Module> Modules,
    IReadOnlyList<Construct> Constructs,
    Crosswalk? Crosswalk)
{
    [JsonIgnore] public IEnumerable<Item> Items => Constructs.SelectMany(c => c.Items);

    [JsonIgnore] public bool IsUsableForAssessments => Status == InstrumentStatus.Published;

    public Scale? FindScale(string key) => Scales.FirstOrDefault(s => s.Key == key);

    public Construct? FindConstruct(string key) => Constructs.FirstOrDefault(c => c.Key == key);
}

internal sealed record Translation(string? Translator, string? BackTranslator, string? Notes);

internal sealed record Scale(string Key, int Points, IReadOnlyList<LocalizedText> Labels, LocalizedText? DontKnow);

internal sealed record Role(string Key, LocalizedText Title);

internal sealed record Band(string Key, int From, int To, LocalizedText Label);

/// <summary>
/// ItemOrder (null unless the file sets it) shows the module's items in that order, without construct headings.
/// </summary>
internal sealed record Module(
    string Key, LocalizedText Title, LocalizedText? Intro, IReadOnlyList<string> Roles, bool KeyInformant,
    IReadOnlyList<string> Constructs, IReadOnlyList<string>? ItemOrder = null);

/// <summary>
/// Kind, Referent and Facets are null when the file leaves them out (scale, firm, none), so the content hash of files
/// written before these fields existed does not change (ContentHash leaves nulls out).
/// </summary>
internal sealed record Construct(
    string Key, Layer Layer, LocalizedText Title, LocalizedText Description, string Scale, ScoringRule Scoring,
    IReadOnlyList<Item> Items, ConstructKind? Kind = null, Referent? Referent = null,
    IReadOnlyList<Facet>? Facets = null)
{
    [JsonIgnore] public bool IsIndex => Kind == ConstructKind.Index;

    [JsonIgnore] public bool IsOutcome => Layer == Layer.Outcome;

    /// <summary>Only reflective capability scales get bands, interpretations and recommendations.</summary>
    [JsonIgnore] public bool IsBanded => !IsIndex && !IsOutcome;

    [JsonIgnore] public IReadOnlyList<Facet> FacetList => Facets ?? [];

    [JsonIgnore] public Referent ReferentOrDefault => Referent ?? Instruments.Referent.Firm;

    /// <summary>
    /// The declared minimum, or two thirds of the items (at least 2) so one skipped item does not void a score.
    /// </summary>
    [JsonIgnore]
    public int MinAnswered => Scoring.MinAnswered ?? Math.Max(2, (int)Math.Ceiling(2 * Items.Count / 3.0));
}

internal sealed record ScoringRule(
    int? MinAnswered, ImmutableSortedDictionary<string, Interpretation> Interpretation, IndexRule? Rule = null,
    int? Threshold = null);

/// <summary>
/// A sub-score of a construct over some of its items (e.g. the three facets of entrepreneurial orientation).
/// </summary>
internal sealed record Facet(string Key, LocalizedText Title, IReadOnlyList<string> Items);

internal sealed record Interpretation(LocalizedText Text, LocalizedText Recommendation);

internal sealed record Item(string Id, LocalizedText Text, bool Reverse, double Weight, ItemSource Source);

/// <summary>
/// Either a seed excerpt (Seed, Lines, Quote) or a published scale citation (Scale); the validator enforces which.
/// </summary>
internal sealed record ItemSource(string? Seed, string? Lines, string? Quote, string? Scale);

internal sealed record Crosswalk(
    int From,
    IReadOnlyList<string> Comparable,
    IReadOnlyList<EquivalentConstruct> Equivalent,
    IReadOnlyList<string> Changed,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Removed);

internal sealed record EquivalentConstruct(string Construct, string? Note);
