using GraphQL.Types;

namespace CapabilityAssessment.Norms;

public sealed class MeasurementReportType : ObjectGraphType<VersionReport>
{
    public MeasurementReportType()
    {
        Name = "MeasurementModelReport";
        Description =
            "Per construct of kind scale: a one-factor CFA on polychoric correlations, ordinal alpha and omega, "
            + "dimensionality, item statistics, ICC and invariance, computed once on the norm release's sample.";
        Field("release", x => x.Report == null ? null : x.Report.ReleaseLabel, nullable: true)
            .Description("The norm release's label; null before any release.");
        Field("publishedAt", x => x.Report == null ? (DateTimeOffset?)null : x.Report.PublishedAt, nullable: true);
        Field("instrumentVersion", x => x.Version);
        Field("estimator", x => x.Report == null ? null : x.Report.Estimator, nullable: true)
            .Description("How the model was fitted and what the fit indices mean.");
        Field("bootstrapReplicates", x => x.Report == null ? (int?)null : x.Report.BootstrapReplicates, nullable: true)
            .Description("Percentile bootstrap of alpha and omega (95%).");
        Field("parallelReplicates", x => x.Report == null ? (int?)null : x.Report.ParallelReplicates, nullable: true)
            .Description("Random data sets of parallel analysis (95th percentile).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConstructModelType>>>>("constructs")
            .Resolve(c => c.Source.Constructs);
    }
}

public sealed class ConstructModelType : ObjectGraphType<ConstructModel>
{
    public ConstructModelType()
    {
        Name = "ConstructModel";
        Field(x => x.Construct);
        Field(x => x.Respondents)
            .Description("Respondents in the sample asked the construct (missing answers pairwise).");
        Field(x => x.Firms).Description("Firms with a score on it.");
        Field(x => x.SmallestPair, nullable: true).Description("Fewest respondents behind one polychoric correlation.");
        Field(x => x.Reason, nullable: true).Description("Why no model was fitted (then the figures are null).");
        Field(x => x.ChiSquare, nullable: true).Description("Standard ULS test statistic (descriptive, not scaled).");
        Field(x => x.Df, nullable: true);
        Field(x => x.Cfi, nullable: true);
        Field(x => x.Tli, nullable: true);
        Field(x => x.Rmsea, nullable: true);
        Field(x => x.RmseaLower, nullable: true).Description("RMSEA's 90% interval.");
        Field(x => x.RmseaUpper, nullable: true);
        Field(x => x.Srmr, nullable: true);
        Field(x => x.OrdinalAlpha, nullable: true).Description("Alpha on the polychoric matrix (Zumbo et al. 2007).");
        Field(x => x.AlphaLower, nullable: true);
        Field(x => x.AlphaUpper, nullable: true);
        Field(x => x.Omega, nullable: true)
            .Description("Omega of the latent responses from the standardised loadings.");
        Field(x => x.OmegaLower, nullable: true);
        Field(x => x.OmegaUpper, nullable: true);
        Field(x => x.SecondEigenvalue, nullable: true);
        Field(x => x.RandomSecondEigenvalue, nullable: true)
            .Description("Its 95th percentile in random data (Horn 1965).");
        Field(x => x.Factors, nullable: true)
            .Description("Factors parallel analysis retains: 2 or more, the construct looks like two.");
        Field(x => x.LargestResidual, nullable: true)
            .Description("Largest residual correlation of the one-factor model.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ItemModelType>>>>("items").Resolve(c => c.Source.Items);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("warnings")
            .Resolve(c => c.Source.Warnings);
        Field(x => x.Icc1, nullable: true).Description("ICC(1) of respondents in firms (Bliese 2000).");
        Field(x => x.Icc2, nullable: true).Description("ICC(2): reliability of a firm's mean of its raters.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InvarianceRowType>>>>("invariance")
            .Description("Across the form's language and the respondent's role, where two groups of 200 or more exist.")
            .Resolve(c => c.Source.Invariance);
    }
}

public sealed class ItemModelType : ObjectGraphType<ItemModel>
{
    public ItemModelType()
    {
        Name = "ItemModel";
        Field(x => x.Item);
        Field(x => x.Loading).Description("Standardised loading.");
        Field(x => x.ItemRest).Description("Item-rest correlation from pairwise covariances.");
    }
}

public sealed class InvarianceRowType : ObjectGraphType<InvarianceRow>
{
    public InvarianceRowType()
    {
        Name = "InvarianceLevel";
        Description = "A level holds when CFI falls by at most 0.010 and RMSEA rises by at most 0.015 (Chen 2007).";
        Field(x => x.Facet).Description("language or role.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("groups")
            .Resolve(c => c.Source.Groups);
        Field(x => x.Level).Description("configural, metric or scalar.");
        Field(x => x.Cfi, nullable: true);
        Field(x => x.Rmsea, nullable: true);
        Field(x => x.DeltaCfi, nullable: true);
        Field(x => x.DeltaRmsea, nullable: true);
        Field(x => x.Holds, nullable: true);
    }
}
