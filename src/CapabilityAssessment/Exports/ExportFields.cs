using CapabilityAssessment.Access;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Exports.Anonymisation;
using CapabilityAssessment.Exports.Releases;
using CapabilityAssessment.Instruments;
using GraphQL.Types;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CapabilityAssessment.Exports;

/// <summary>requestDatasetRelease (researchers) and datasetRelease(id) (its requester, or an admin).</summary>
internal static class ExportFields
{
    /// <summary>requestDatasetRelease, declared on the mutation root.</summary>
    public static void AddMutationsTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<DatasetReleaseType>>("requestDatasetRelease")
            .Description("Queues an anonymised dataset release of the closed assessments of an instrument whose last " +
                "response was " +
                "submitted in [from, to), widened to whole calendar months (UTC) and ending at the start of the " +
                "current month " +
                "at the latest (Exports:CompleteMonthsOnly). Researchers only; at most " +
                "Exports:MaxOverlappingReleases overlapping windows of one instrument per researcher in " +
                "Exports:OverlapDays. " +
                "Poll datasetRelease(id) until it is DONE, EMPTY or FAILED.")
            .Argument<NonNullGraphType<StringGraphType>>("instrumentKey")
            .Argument<ListGraphType<NonNullGraphType<IntGraphType>>>("versions",
                "Instrument versions; all known versions when omitted")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("from", "Inclusive")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("to", "Exclusive")
            .Argument<ListGraphType<NonNullGraphType<QuasiIdentifierChoiceType>>>("quasiIdentifiers",
                "The quasi-identifiers that matter most, most important first, each with the levels it may take " +
                "(e.g. industry maxLevel 0 keeps NACE sections; country minLevel 1 coarsens it to regions)")
            .ResolveAsync(async c =>
            {
                var caller = await AssessmentAccess.RequireAuthenticated(c);
                if (caller.Role != PrincipalRole.Researcher)
                    throw new AccessDenied(AccessDenied.Forbidden, "Only researchers can request dataset releases.");
                var services = c.RequestServices!;
                var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
                var request = Validate(services.GetRequiredService<InstrumentCatalog>(),
                    c.GetArgument<string>("instrumentKey"), c.GetArgument<int[]?>("versions"),
                    c.GetArgument<DateTimeOffset>("from"), c.GetArgument<DateTimeOffset>("to"),
                    c.GetArgument<List<QiChoice>?>("quasiIdentifiers"),
                    services.GetRequiredService<IOptions<ExportOptions>>().Value.CompleteMonthsOnly ? now : null);
                var overlapping = await services.GetRequiredService<ReleaseHistory>()
                    .CheckOverlapsAsync(caller.Id, request, now, c.CancellationToken);
                var release = DatasetRelease.Queue(caller.Id, request, now) with { Overlapping = overlapping };
                await services.GetRequiredService<ReleaseStore>().QueueAsync(release, c.CancellationToken);
                services.GetRequiredService<ReleaseSignal>().Wake();
                return release;
            });
    }

    /// <summary>datasetRelease and datasetReleases, declared on the query root.</summary>
    public static void AddQueriesTo(ObjectGraphType query)
    {
        query.Field<DatasetReleaseType>("datasetRelease")
            .Description("A dataset release: only the researcher who requested it, or an admin, can see it.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var caller = await AssessmentAccess.RequireAuthenticated(c);
                var id = c.GetArgument<Guid>("id");
                var release = await c.RequestServices!.GetRequiredService<ReleaseStore>()
                    .LoadAsync(id, c.CancellationToken);
                // Someone else's release is reported like a missing one: ids of other
                // researchers' releases are not confirmed.
                if (release is null || !(caller.Role == PrincipalRole.Admin || caller.Role == PrincipalRole.Researcher
                    && caller.Id == release.RequestedBy))
                    throw new ExecutionError($"No dataset release {id} that you can see.")
                        { Code = ExportCodes.ReleaseNotFound };
                return release;
            });
    }

    internal static ReleaseRequest Validate(
        InstrumentCatalog catalog, string key, int[]? versions, DateTimeOffset from, DateTimeOffset to,
        IReadOnlyList<QiChoice>? choices = null, DateTimeOffset? completeBefore = null)
    {
        if (choices is { Count: > 0 } && QiChoice.Problem(choices) is { } problem)
            throw new ExecutionError(problem) { Code = ExportCodes.InvalidQuasiIdentifier };
        var known = catalog.All().Where(d => d.Key == key).Select(d => d.Version).ToHashSet();
        if (known.Count == 0)
            throw new ExecutionError($"No instrument '{key}'.") { Code = InstrumentCodes.InstrumentNotFound };
        if (versions?.Where(v => !known.Contains(v)).ToList() is { Count: > 0 } unknown)
            throw new ExecutionError($"Instrument '{key}' has no version {string.Join(", ", unknown)}; known: " +
                $"{string.Join(", ", known.Order())}.")
                { Code = InstrumentCodes.InstrumentNotFound };
        if (from >= to)
            throw new ExecutionError("The date range is empty: 'from' must be before 'to' ('to' is exclusive).")
                { Code = ExportCodes.InvalidDateRange };
        var chosen = versions is { Length: > 0 } ? versions.Distinct().Order().ToList() : known.Order().ToList();
        var end = MonthWindow.End(to);
        if (completeBefore is { } now && end > MonthWindow.Start(now))
        {
            end = MonthWindow.Start(now);
            if (MonthWindow.Start(from) >= end)
                throw new ExecutionError("The window holds no complete month: releases end at the start of the " +
                    "current month " +
                    $"({end:yyyy-MM}) at the latest.") { Code = ExportCodes.InvalidDateRange };
        }
        return new ReleaseRequest(key, chosen, MonthWindow.Start(from), end,
            choices is { Count: > 0 } ? choices : null);
    }
}
