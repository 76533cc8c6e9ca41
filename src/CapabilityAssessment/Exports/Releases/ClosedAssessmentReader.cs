using System.Runtime.CompilerServices;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Store;

namespace CapabilityAssessment.Exports.Releases;

/// <summary>
/// Streams the closed assessments a release asks for, one page of summaries and their folded streams at a time, so
/// memory holds one page however many assessments match. The date filter needs the folded state (the submission time
/// is not on the summary), so it is applied per page after folding.
/// </summary>
internal sealed class ClosedAssessmentReader(DocumentStore store, int pageSize = 500)
{
    public async IAsyncEnumerable<Assessment> ReadAsync(ReleaseRequest request, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var versions = request.Versions.ToHashSet();
        await using var session = store.QuerySession();
        for (var offset = 0; ; offset += pageSize)
        {
            // Ordered by id (the default): stable while closed assessments are added, at worst one is seen in a later page.
            var page = await Query(session, request, versions).Skip(offset).Take(pageSize).ToListAsync(ct);
            var ids = page.Where(s => versions.Contains(s.InstrumentVersion)).Select(s => s.Id).ToList();
            if (ids.Count > 0)
            {
                var states = await session.Events.AggregateStreamsAsync<Assessment>(ids, ct);
                foreach (var id in ids)
                    if (states.TryGetValue(id, out var a) && a.Status == AssessmentStatus.Closed && SubmittedAt(a) is { } at
                        && at >= request.From && at < request.To)
                        yield return a;
            }
            if (page.Count < pageSize) yield break;
        }
    }

    /// <summary>The "submission date" of an assessment: its last submitted response (closing follows the last submission).</summary>
    public static DateTimeOffset? SubmittedAt(Assessment a) => a.Respondents.Max(r => r.SubmittedAt);

    private static DocumentQuery<AssessmentSummary> Query(QuerySession session, ReleaseRequest request, HashSet<int> versions)
    {
        var query = session.Query<AssessmentSummary>().Where("instrumentKey", request.InstrumentKey).Where("status", "CLOSED");
        // Equality is all the query offers: one version goes to the database, several are filtered per page.
        return versions.Count == 1 ? query.Where("instrumentVersion", versions.Single().ToString(System.Globalization.CultureInfo.InvariantCulture)) : query;
    }
}
