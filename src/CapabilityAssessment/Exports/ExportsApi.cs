using CapabilityAssessment.Exports.Releases;
using Microsoft.Extensions.Options;

namespace CapabilityAssessment.Exports;

/// <summary>
/// GET /exports/{id}?expires=&amp;sig= streams a finished bundle. The signed link is the credential (it is handed to
/// a browser or curl, which has no API key), so the endpoint asks for no Authorization header.
/// </summary>
internal static class ExportsApi
{

    public static RouteHandlerBuilder MapExports(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/exports/{id:guid}", Download).ExcludeFromDescription();

    private static async Task<IResult> Download(Guid id, long? expires, string? sig, ReleaseLinks links,
        ReleaseStore releases, IOptions<ExportOptions> options, TimeProvider clock, CancellationToken ct)
    {
        switch (expires is null ? LinkCheck.BadSignature : links.Check(id, expires.Value, sig))
        {
            case LinkCheck.BadSignature: return Refused(ExportCodes.BadSignature,
                "The link's signature does not match: use the link exactly as datasetRelease gave it.");
            case LinkCheck.Expired: return Refused(ExportCodes.LinkExpired,
                "The link has expired: query datasetRelease for a fresh one.");
        }
        var release = await releases.LoadAsync(id, ct);
        if (release is not null && release.IsExpired(clock.GetUtcNow(), options.Value.Retention))
            return Results.Json(new { code = ExportCodes.ReleaseExpired,
                message =
                $"The bundle was deleted {options.Value.RetentionDays} day(s) after it was finished; request a " +
                "new release." },
                statusCode: StatusCodes.Status410Gone);
        var file = release is { Status: ReleaseStatus.Done } ? ReleaseWorker.FileOf(options.Value, release) : null;
        if (file is null || !File.Exists(file))
            return Results.Json(new { code = Http.HttpCodes.NotFound, message = "The bundle is not available." },
                statusCode: StatusCodes.Status404NotFound);
        // Results.File streams from disk (no buffering) and sets Content-Disposition: attachment.
        return Results.File(file, "application/zip", $"release-{id}.zip", enableRangeProcessing: true);
    }

    private static IResult Refused(string code, string message) =>
        Results.Json(new { code, message }, statusCode: StatusCodes.Status403Forbidden);
}
