namespace CapabilityAssessment.Tests.Architecture;

/// <summary>
/// The house rules a test can hold (issue #20): features name only features below them in one stated order; pure code
/// (scoring, the measurement library, the norm release rules) touches no I/O, no store, no GraphQL and no HTTP. The
/// composition roots wire everything and are exempt.
/// </summary>
public sealed class features_depend_one_way
{
    /// <summary>Bottom to top: a feature may name those before it, never one after it (drawn in the README).</summary>
    public static readonly string[] Order =
        ["Http", "Telemetry", "Storage", "Access", "GraphQL", "Instruments", "Assessments", "Scoring", "Benchmarks",
         "Norms", "Exports", "Forms", "Reports", "Operations"];

    /// <summary>Where everything is put together: they name every feature by design.</summary>
    private static readonly string[] CompositionRoots =
        ["Program.cs", "GraphQL/AppSchema.cs", "Storage/AssessmentStore.cs", "Storage/AppMigrations.cs", "Http/HealthApi.cs",
         "Storage/LegacyStoreMigration.cs"];

    /// <summary>
    /// Upward references that exist today and are to go; the test fails on any reference not listed here, and on a listed
    /// one that no longer exists, so this list can only shrink.
    /// </summary>
    private static readonly string[] Known =
    [
        // The assessment's command side (closing writes the profile, the peer contribution, the pin and the export row)
        // lives with its domain types, which Scoring and everything above need: splitting Assessments into its domain
        // (below Scoring) and its commands (above Exports) removes these.
        "Assessments/AssessmentGraphTypes.cs -> Scoring", "Assessments/AssessmentDocuments.cs -> Scoring",
        "Assessments/AssessmentsSetup.cs -> Benchmarks", "Assessments/AssessmentsSetup.cs -> Norms",
        "Assessments/ClosingWrites.cs -> Benchmarks", "Assessments/ClosingWrites.cs -> Exports",
        "Assessments/ClosingWrites.cs -> Norms", "Assessments/ClosingWrites.cs -> Scoring",
    ];

    [Fact]
    public void every_feature_folder_has_a_place_in_the_order()
    {
        Assert.Equal(SourceReferences.Features.Order(), Order.Order());
    }

    [Fact]
    public void no_feature_names_a_feature_above_it()
    {
        var upward = SourceReferences.Files().Where(f => !CompositionRoots.Contains(f) && f.Contains('/'))
            .SelectMany(f => SourceReferences.FeaturesNamedIn(f)
                .Where(named => Array.IndexOf(Order, named) > Array.IndexOf(Order, SourceReferences.FeatureOf(f)))
                .Select(named => $"{f} -> {named}"))
            .Order().ToList();
        Assert.True(upward.Except(Known).ToList() is { Count: 0 },
            "New upward references (a feature naming one above it; move the shared part down instead):\n"
            + string.Join("\n", upward.Except(Known)));
        Assert.True(Known.Except(upward).ToList() is { Count: 0 },
            "Gone, remove from Known: " + string.Join(", ", Known.Except(upward)));
    }

    private static readonly string[] Io = ["Marten", "Npgsql", "JasperFx", "GraphQL", "Microsoft.AspNetCore", "System.IO", "System.Net"];

    /// <summary>Pure: decisions and statistics that take their data and time as arguments.</summary>
    public static readonly string[] Pure =
        ["Scoring/Measurement/", "Scoring/Interpretations/", "Scoring/ScoringEngine.cs", "Scoring/ScoringPlan.cs",
         "Scoring/FirmAggregation.cs", "Scoring/LayerScoring.cs", "Scoring/Reliability.cs", "Scoring/OneFactorModel.cs",
         "Scoring/WithinGroupAgreement.cs", "Scoring/ScoreBands.cs", "Norms/NormDisclosure.cs", "Norms/NormFigures.cs",
         "Norms/FirmError.cs", "Norms/NormPins.cs", "Benchmarks/Suppression.cs", "Assessments/AssessmentRules.cs",
         "Assessments/Assessment.cs"];

    [Fact]
    public void pure_code_uses_no_store_no_graphql_no_http_and_no_io()
    {
        var files = SourceReferences.Files().Where(f => Pure.Any(p => f == p || (p.EndsWith('/') && f.StartsWith(p, StringComparison.Ordinal)))).ToList();
        Assert.True(files.Count >= Pure.Length, "a pure path names no file: " + string.Join(", ", Pure.Where(p => !files.Any(f => f.StartsWith(p, StringComparison.Ordinal)))));
        var impure = files.SelectMany(f => SourceReferences.Imports(f)
            .Where(i => Io.Any(io => i == io || i.StartsWith(io + ".", StringComparison.Ordinal))).Select(i => $"{f}: using {i}")).ToList();
        Assert.True(impure.Count == 0, string.Join("\n", impure));
    }
}
