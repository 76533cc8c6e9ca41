using CapabilityAssessment.Access;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.GraphQL;
using CapabilityAssessment.Instruments;
using GraphQL.Types;
using GraphQL;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Fieldwork;

/// <summary>
/// <c>assessments</c>: a Relay cursor connection over the caller's assessments, newest first. Keyset paging on
/// (startedAt desc, id desc): a page is the rows strictly after the cursor, so its cost does not grow with its position
/// and an assessment started meanwhile neither repeats nor hides a row.
/// </summary>
internal static class AssessmentList
{

    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<AssessmentConnectionType>>("assessments")
            .Description("The caller's organisation's assessments, newest first (admins: all).")
            .Argument<AssessmentStatusType>("status")
            .Argument<StringGraphType>("instrumentKey")
            .Argument<IntGraphType>("first", "1 to 100", a => a.DefaultValue = 20)
            .Argument<StringGraphType>("after", "the endCursor of the page before")
            .ResolveAsync(async c =>
            {
                var caller = await AssessmentAccess.RequireAuthenticated(c);
                if (caller.Role is not (PrincipalRole.Consultant or PrincipalRole.Admin))
                    throw new AccessDenied(AccessDenied.Forbidden, "Only consultants and admins can list assessments.");
                var first = c.GetArgument<int>("first");
                if (first is < 1 or > 100)
                    throw Error(FieldworkCodes.InvalidPage, "first", $"'first' must be 1 to 100, not {first}.");
                AssessmentCursor? after = null;
                if (c.GetArgument<string?>("after") is { } text)
                    after = AssessmentCursor.Decode(text) ?? throw Error(FieldworkCodes.InvalidCursor, "after",
                        "'after' is not a cursor of this list: pass a cursor or endCursor it returned.");
                var key = c.GetArgument<string?>("instrumentKey");
                var catalog = c.RequestServices!.GetRequiredService<InstrumentCatalog>();
                if (key is not null && !catalog.All().Any(d => d.Key == key))
                    throw Error(InstrumentCodes.InstrumentNotFound, "instrumentKey", $"No instrument '{key}'.");

                await using var session = c.RequestServices!.GetRequiredService<IDocumentStore>().QuerySession();
                IQueryable<AssessmentSummary> rows = session.Query<AssessmentSummary>();
                if (caller.Role == PrincipalRole.Consultant)
                {
                    var organisation = caller.OrganisationId!;
                    rows = rows.Where(s => s.OrganisationId == organisation);
                }
                // The document keeps the status as its stored text ("OPEN", "CLOSED"); GraphQL shows the enum.
                if (c.GetArgument<AssessmentStatus?>("status") is { } status)
                {
                    var stored = Stored(status);
                    rows = rows.Where(s => s.Status == stored);
                }
                if (key is not null) rows = rows.Where(s => s.InstrumentKey == key);
                var total = await rows.CountAsync(c.CancellationToken);
                if (after is { StartedAt: var at, Id: var id })
                    rows = rows.Where(s => s.StartedAt < at || (s.StartedAt == at && s.Id.CompareTo(id) < 0));
                var page = await rows.OrderByDescending(s => s.StartedAt).ThenByDescending(s => s.Id)
                    .Take(first + 1).ToListAsync(c.CancellationToken);
                var edges = page.Take(first)
                    .Select(s => new AssessmentEdge(AssessmentCursor.Of(s).Encode(), s)).ToList();
                var info = new PageInfo(page.Count > first, edges.LastOrDefault()?.Cursor);
                return new AssessmentConnection(edges, info, total);
            });

    public static string Stored(AssessmentStatus status) => status.ToString().ToUpperInvariant();

    public static AssessmentStatus Shown(string stored) => Enum.Parse<AssessmentStatus>(stored, ignoreCase: true);

    private static ExecutionError Error(string code, string field, string message)
    {
        var error = new ExecutionError(message) { Code = code };
        error.Data[ProblemErrorInfoProvider.FieldKey] = field;
        return error;
    }
}
