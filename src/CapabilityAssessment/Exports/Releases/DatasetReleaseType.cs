using CapabilityAssessment.Exports.Anonymisation;
using CapabilityAssessment.Exports.Bundle;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CapabilityAssessment.Exports.Releases;

internal sealed class DatasetReleaseType : ObjectGraphType<DatasetRelease>
{
    public DatasetReleaseType()
    {
        Name = "DatasetRelease";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("status")
            .Description("QUEUED, RUNNING, DONE, FAILED, EMPTY or EXPIRED (the bundle was deleted after the retention)")
            .Resolve(c => c.Source.Status);
        Field<NonNullGraphType<StringGraphType>>("instrumentKey").Resolve(c => c.Source.Request.InstrumentKey);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("versions")
            .Resolve(c => c.Source.Request.Versions);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("from").Resolve(c => c.Source.Request.From);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("to").Resolve(c => c.Source.Request.To);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("requestedAt").Resolve(c => c.Source.RequestedAt);
        Field<DateTimeOffsetGraphType>("finishedAt").Resolve(c => c.Source.FinishedAt);
        Field<DateTimeOffsetGraphType>("expiresAt").Description("DONE or EXPIRED: when the bundle is (was) deleted")
            .Resolve(c =>
                c.Source.ExpiresAt(c.RequestServices!.GetRequiredService<IOptions<ExportOptions>>().Value.Retention));
        Field<NonNullGraphType<FloatGraphType>>("progress").Description("0 to 1").Resolve(c => c.Source.Progress);
        Field<LongGraphType>("responseRows").Resolve(c => c.Source.ResponseRows);
        Field<LongGraphType>("firmRows").Resolve(c => c.Source.FirmRows);
        Field<StringGraphType>("message")
            .Description("Why it is EMPTY, FAILED or EXPIRED")
            .Resolve(c => c.Source.Message);
        Field<DisclosureSummaryType>("disclosure").Resolve(c => c.Source.Disclosure);
        Field<ListGraphType<NonNullGraphType<ReleaseFileType>>>("files")
            .Description("The bundle's files with their SHA-256")
            .Resolve(c => c.Source.Files);
        Field<DownloadLinkType>("download")
            .Description("When DONE: a signed link, valid for an hour from this query (a new query gives a new link).")
            .Resolve(c =>
            {
                var services = c.RequestServices!;
                var expired = c.Source.IsExpired(services.GetRequiredService<TimeProvider>().GetUtcNow(),
                    services.GetRequiredService<IOptions<ExportOptions>>().Value.Retention);
                if (c.Source.Status != ReleaseStatus.Done || expired) return null;
                var link = services.GetRequiredService<ReleaseLinks>().For(c.Source.Id);
                return link with { Url = Http.PublicUrls.Absolute(services, link.Url) };
            });
    }
}

internal sealed class DownloadLinkType : ObjectGraphType<DownloadLink>
{
    public DownloadLinkType()
    {
        Name = "DownloadLink";
        Field<NonNullGraphType<StringGraphType>>("url")
            .Description("Relative to the service's base address")
            .Resolve(c => c.Source.Url);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("expiresAt").Resolve(c => c.Source.ExpiresAt);
    }
}

internal sealed class DisclosureSummaryType : ObjectGraphType<DisclosureReport>
{
    public DisclosureSummaryType()
    {
        Name = "DisclosureSummary";
        Field<NonNullGraphType<IntGraphType>>("k").Resolve(c => c.Source.K);
        Field<NonNullGraphType<LongGraphType>>("records").Resolve(c => c.Source.Records);
        Field<NonNullGraphType<LongGraphType>>("suppressed").Resolve(c => c.Source.Suppressed);
        Field<NonNullGraphType<LongGraphType>>("released").Resolve(c => c.Source.Released);
        Field<NonNullGraphType<IntGraphType>>("classes").Resolve(c => c.Source.Classes);
        Field<LongGraphType>("smallestClass").Resolve(c => c.Source.SmallestClass);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("generalisations")
            .Description("Each quasi-identifier as \"variable: level name (level/height)\"")
            .Resolve(c => c.Source.Generalisations.Select(g => $"{g.Variable}: {g.LevelName} ({g.Level}/{g.Height})"));
        Field<StringGraphType>("emptyBecause")
            .Description("Only that fewer than k records could be released: no counts")
            .Resolve(c => c.Source.EmptyBecause);
        Field<StringGraphType>("cost")
            .Description("What was generalised and suppressed, and what it cost")
            .Resolve(c => c.Source.Cost);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("choices")
            .Description("The researcher's bounds on quasi-identifiers, most important first")
            .Resolve(c => c.Source.Choices);
    }
}

internal sealed class ReleaseFileType : ObjectGraphType<ManifestEntry>
{
    public ReleaseFileType()
    {
        Name = "ReleaseFile";
        Field<NonNullGraphType<StringGraphType>>("file").Resolve(c => c.Source.File);
        Field<NonNullGraphType<LongGraphType>>("bytes").Resolve(c => c.Source.Bytes);
        Field<NonNullGraphType<StringGraphType>>("sha256").Resolve(c => c.Source.Sha256);
    }
}
