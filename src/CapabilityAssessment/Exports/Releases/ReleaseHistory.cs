using GraphQL;
using Marten;
using Microsoft.Extensions.Options;

namespace CapabilityAssessment.Exports.Releases;

/// <summary>
/// Limits differencing attacks across releases (issue #16): two overlapping windows of one instrument differ only by
/// the firms of the months one has and the other lacks, and many such pairs narrow a firm down. A researcher may hold
/// at most Exports:MaxOverlappingReleases releases of an instrument whose windows overlap a new request, counted over
/// the last Exports:OverlapDays; FAILED ones do not count. A refusal is audited (status REFUSED); an accepted request's
/// audit names the releases it overlaps.
/// </summary>
internal sealed class ReleaseHistory(IDocumentStore store, IOptions<ExportOptions> options)
{

    /// <summary>
    /// The ids of the researcher's earlier overlapping releases; throws RELEASE_LIMIT_REACHED past the limit.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> CheckOverlapsAsync(
        string researcher, ReleaseRequest request, DateTimeOffset now, CancellationToken ct)
    {
        var o = options.Value;
        IReadOnlyList<DatasetRelease> earlier;
        await using (var session = store.QuerySession())
            earlier = await session.Query<DatasetRelease>().Where(r => r.RequestedBy == researcher).ToListAsync(ct);
        var overlapping = earlier
            .Where(r => r.Status != ReleaseStatus.Failed && r.RequestedAt > now.AddDays(-o.OverlapDays))
            .Where(r => r.Request.InstrumentKey == request.InstrumentKey)
            .Where(r => r.Request.From < request.To && request.From < r.Request.To)
            .OrderBy(r => r.RequestedAt).Select(r => r.Id).ToList();
        if (overlapping.Count < o.MaxOverlappingReleases) return overlapping;

        var message =
            $"You have {overlapping.Count} release(s) of '{request.InstrumentKey}' in the last {o.OverlapDays} " +
            $"days whose windows overlap {request.From:yyyy-MM} to {request.To:yyyy-MM} (exclusive); at most " +
            $"{o.MaxOverlappingReleases} are allowed. Use a bundle you have, or a window that does not overlap them.";
        await using (var session = store.LightweightSession())
        {
            session.Store(new ExportAudit(
                Guid.NewGuid(), researcher, now, request, ExportAudit.Refused, now, null, null, null, message,
                overlapping));
            await session.SaveChangesAsync(ct);
        }
        throw new ExecutionError(message) { Code = ExportCodes.ReleaseLimitReached };
    }
}
