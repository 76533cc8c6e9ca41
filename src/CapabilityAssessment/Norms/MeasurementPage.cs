using System.Globalization;
using System.Reflection;
using CapabilityAssessment.Access;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring;
using Scriban.Runtime;
using Scriban;

namespace CapabilityAssessment.Norms;

/// <summary>
/// GET /norms/{instrumentKey}/v{version}/measurement-model[?release=]: the release's stored report as a page in the
/// report's style, for researchers and admins. The API key is the credential (Authorization: Bearer, as for GraphQL;
/// e.g. curl it to a file): the page is never reachable by a link alone, and reads one document.
/// </summary>
internal static class MeasurementPage
{
    private const string Resource = "CapabilityAssessment.Norms.measurement_model.sbn-html";
    private static readonly ScriptObject Builtins = TemplateContext.GetDefaultBuiltinObject();

    // Parsed once, as Forms' and Reports' templates are (Norms sits below both, so it keeps its own few lines).
    private static readonly Lazy<Template> Template = new(() =>
    {
        using var reader = new StreamReader(typeof(MeasurementPage).Assembly.GetManifestResourceStream(Resource)!);
        var parsed = Scriban.Template.Parse(reader.ReadToEnd(), Resource);
        return parsed.HasErrors ? throw new InvalidOperationException(string.Join("; ", parsed.Messages)) : parsed;
    });

    public static RouteHandlerBuilder MapMeasurementPages(this IEndpointRouteBuilder routes)
    {
        _ = Template.Value;
        return routes.MapGet("/norms/{instrumentKey}/v{version:int}/measurement-model", Show).ExcludeFromDescription();
    }

    private static async Task<IResult> Show(string instrumentKey, int version, string? release,
        CurrentPrincipal principal, InstrumentCatalog catalog, NormReads reads, CancellationToken ct)
    {
        Principal caller;
        try { caller = await principal.GetAsync(ct); }
        catch (AccessDenied denied) { return Refused(StatusCodes.Status401Unauthorized, denied.Code, denied.Message); }
        if (caller.Role is PrincipalRole.Anonymous)
            return Refused(StatusCodes.Status401Unauthorized, AccessDenied.Unauthenticated,
                "Send 'Authorization: Bearer <API key>'.");
        if (caller.Role is not (PrincipalRole.Researcher or PrincipalRole.Admin))
            return Refused(StatusCodes.Status403Forbidden, AccessDenied.Forbidden,
                "Measurement models are for researchers and admins.");
        if (catalog.Get(instrumentKey, version) is not { } instrument)
            return Refused(StatusCodes.Status404NotFound, InstrumentCodes.InstrumentNotFound,
                $"No instrument '{instrumentKey}' v{version}.");
        var found = await reads.FindAsync(instrumentKey, ScoringEngine.ScoringVersion, release, ct);
        var report = found is null ? null : await reads.MeasurementReportAsync(found.Id, ct);
        if (report is null)
            return Refused(StatusCodes.Status404NotFound, NormCodes.NormReleaseNotFound,
                "No norm release with a measurement model (see norms).");
        return Results.Content(Render(MeasurementPageModel.For(instrument, report)), "text/html; charset=utf-8");
    }

    public static string Render(MeasurementPageModel model)
    {
        var globals = new ScriptObject();
        globals.Import(model, m => m is PropertyInfo);
        var context = new TemplateContext(Builtins) { StrictVariables = true, MemberFilter = m => m is PropertyInfo };
        context.PushGlobal(globals);
        return Template.Value.Render(context);
    }

    private static IResult Refused(int status, string code, string message) =>
        Results.Json(new { title = message, status, code }, statusCode: status);
}

/// <summary>The flat strings the page shows (no domain objects in templates).</summary>
internal sealed record MeasurementPageModel(string Title, string Release, string PublishedAt, string Estimator,
    string Resampling, IReadOnlyList<ConstructRow> Constructs)
{
    public static MeasurementPageModel For(InstrumentDefinition instrument, MeasurementReport report) => new(
        $"{instrument.Title.Get("en")} v{instrument.Version}", report.ReleaseLabel,
        report.PublishedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), report.Estimator,
        $"{report.BootstrapReplicates} bootstrap resamples (95% percentile intervals), "
            + $"{report.ParallelReplicates} parallel-analysis data sets (95th percentile)",
        [.. new VersionReport(report, instrument.Version).Constructs.Select(c =>
            ConstructRow.For(c, instrument.FindConstruct(c.Construct)?.Title.Get("en") ?? c.Construct))]);
}

internal sealed record ConstructRow(string Key, string Title, string Reason, string N, string Fit, string Reliability,
    string Dimensionality, string Icc, IReadOnlyList<string> Warnings, IReadOnlyList<string[]> Items,
    IReadOnlyList<string> Invariance)
{
    public bool HasReason => Reason.Length > 0;
    public bool HasWarnings => Warnings.Count > 0;

    public static ConstructRow For(ConstructModel c, string title) => new(c.Construct, title, c.Reason ?? "",
        $"{c.Respondents} respondents in {c.Firms} firms; smallest pair {F(c.SmallestPair)}",
        $"chi-square {F(c.ChiSquare)} (df {F(c.Df)}), CFI {F(c.Cfi)}, TLI {F(c.Tli)}, RMSEA {F(c.Rmsea)} "
            + $"[{F(c.RmseaLower)}, {F(c.RmseaUpper)}], SRMR {F(c.Srmr)}",
        $"ordinal alpha {F(c.OrdinalAlpha)} [{F(c.AlphaLower)}, {F(c.AlphaUpper)}], omega {F(c.Omega)} "
            + $"[{F(c.OmegaLower)}, {F(c.OmegaUpper)}]",
        $"second eigenvalue {F(c.SecondEigenvalue)} (random data {F(c.RandomSecondEigenvalue)}), factors retained "
            + $"{F(c.Factors)}, largest residual correlation {F(c.LargestResidual)}",
        $"ICC(1) {F(c.Icc1)}, ICC(2) {F(c.Icc2)}", c.Warnings,
        [.. c.Items.Select(i => new[] { i.Item, F(i.Loading), F(i.ItemRest) })],
        [.. c.Invariance.Select(v =>
            $"{v.Facet} ({string.Join(", ", v.Groups)}), {v.Level}: CFI {F(v.Cfi)}, RMSEA {F(v.Rmsea)}"
            + (v.Holds is { } h
                ? $", ΔCFI {F(v.DeltaCfi)}, ΔRMSEA {F(v.DeltaRmsea)}: {(h ? "holds" : "does not hold")}" : ""))]);

    private static string F(double? x) => x is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "–";
    private static string F(int? x) => x is { } v ? v.ToString(CultureInfo.InvariantCulture) : "–";
}
