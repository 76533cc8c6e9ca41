using CapabilityAssessment.Fieldwork;

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
         "Norms", "Profiles", "Exports", "Fieldwork", "Forms", "Reports", "Operations"];

    /// <summary>Where everything is put together: they name every feature by design.</summary>
    private static readonly string[] CompositionRoots =
        ["Program.cs", "GraphQL/AppSchema.cs", "Storage/AssessmentStore.cs", "Storage/AppMigrations.cs",
            "Http/HealthApi.cs",
         "Storage/LegacyStoreMigration.cs"];

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
        Assert.True(upward.Count == 0,
            "Upward references (a feature naming one above it; move the shared part down instead):\n"
            + string.Join("\n", upward));
    }

    private static readonly string[] Io = ["Marten", "Npgsql", "JasperFx", "GraphQL", "Microsoft.AspNetCore",
        "System.IO", "System.Net"];

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
        var files = SourceReferences.Files()
            .Where(f => Pure.Any(p => f == p || (p.EndsWith('/') && f.StartsWith(p, StringComparison.Ordinal))))
            .ToList();
        Assert.True(files.Count >= Pure.Length, "a pure path names no file: " +
            string.Join(", ", Pure.Where(p => !files.Any(f => f.StartsWith(p, StringComparison.Ordinal)))));
        var impure = files.SelectMany(f => SourceReferences.Imports(f)
            .Where(i => Io.Any(io => i == io || i.StartsWith(io + ".", StringComparison.Ordinal)))
                .Select(i => $"{f}: using {i}")).ToList();
        Assert.True(impure.Count == 0, string.Join("\n", impure));
    }

    /// <summary>
    /// The caller checks every GraphQL resolver shares, and the status enum both assessment types show.
    /// </summary>
    private static readonly string[] AssessmentGraphQL = ["Assessments/AssessmentAccess.cs",
        "Assessments/AssessmentStatusType.cs"];

    [Fact]
    public void scoring_and_the_assessment_domain_know_no_graphql_and_no_http()
    {
        var web = new[] { "GraphQL", "Microsoft.AspNetCore" };
        var files = SourceReferences.Files()
            .Where(f => (f.StartsWith("Scoring/", StringComparison.Ordinal)
                || f.StartsWith("Assessments/", StringComparison.Ordinal))
                && !AssessmentGraphQL.Contains(f)).ToList();
        Assert.NotEmpty(files);
        var found = files.SelectMany(f => SourceReferences.Imports(f)
            .Where(i => web.Any(w => i == w || i.StartsWith(w + ".", StringComparison.Ordinal)))
            .Select(i => $"{f}: using {i}"))
            .Concat(files.Where(f => SourceReferences.Code(f).Contains("IResolveFieldContext", StringComparison.Ordinal)
                || SourceReferences.Code(f).Contains("HttpContext", StringComparison.Ordinal))
                    .Select(f => $"{f}: names a request"))
            .ToList();
        Assert.True(found.Count == 0, string.Join("\n", found));
    }
}
