using GraphQL.Types;
using GraphQL;

namespace CapabilityAssessment.Instruments;

/// <summary>Instruments are public reference data: read-only queries, no authorization.</summary>
internal static class InstrumentQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<InstrumentGraphType>>>>("instruments")
            .Description("The latest published version of every instrument.")
            .Argument<StringGraphType>("language",
                "Language of the texts (e.g. en, fi); missing translations fall back to English.", a =>
                a.DefaultValue = "en")
            .Resolve(c =>
            {
                var catalog = Catalog(c);
                var latest = catalog.Published().GroupBy(d => d.Key).Select(g => g.MaxBy(d => d.Version)!).ToList();
                var language = c.GetArgument("language", "en");
                if (latest.Count > 0 && !latest.Any(d => d.Languages.Contains(language)))
                    throw Unsupported(language, latest.SelectMany(d => d.Languages).Distinct());
                return latest.Select(d => new Localized<InstrumentDefinition>(d, language, d));
            });

        query.Field<InstrumentGraphType>("instrument")
            .Description("One instrument version: the latest published one unless a version is given (drafts only by " +
                "explicit version, with status DRAFT).")
            .Argument<NonNullGraphType<StringGraphType>>("key", "Instrument key, e.g. dcvn.")
            .Argument<IntGraphType>("version", "Version number; omitted: the latest published version.")
            .Argument<StringGraphType>("language", "Language of the texts (e.g. en, fi).", a => a.DefaultValue = "en")
            .Resolve(c =>
            {
                var catalog = Catalog(c);
                var key = c.GetArgument<string>("key");
                var version = c.GetArgument<int?>("version");
                var definition = version is { } v ? catalog.Get(key, v) : catalog.Latest(key);
                if (definition is null)
                    throw new ExecutionError(version is null
                        ? $"key: no published instrument '{key}'"
                        : $"version: instrument '{key}' has no version {version}")
                            { Code = InstrumentCodes.InstrumentNotFound };
                var language = c.GetArgument("language", "en");
                if (!definition.Languages.Contains(language)) throw Unsupported(language, definition.Languages);
                return new Localized<InstrumentDefinition>(definition, language, definition);
            });

        query.Field<InstrumentChangesGraphType>("instrumentChanges")
            .Description("Items added, removed and changed between two versions of one instrument, with the crosswalk.")
            .Argument<NonNullGraphType<StringGraphType>>("key", "Instrument key.")
            .Argument<NonNullGraphType<IntGraphType>>("from", "The older version.")
            .Argument<NonNullGraphType<IntGraphType>>("to", "The newer version.")
            .Argument<StringGraphType>("language", "Language of the item texts.", a => a.DefaultValue = "en")
            .Resolve(c =>
            {
                var catalog = Catalog(c);
                var key = c.GetArgument<string>("key");
                var (from, to) = (c.GetArgument<int>("from"), c.GetArgument<int>("to"));
                foreach (var (argument, version) in new[] { ("from", from), ("to", to) })
                    if (catalog.Get(key, version) is null)
                        throw new ExecutionError($"{argument}: instrument '{key}' has no version {version}")
                            { Code = InstrumentCodes.InstrumentNotFound };
                var newer = catalog.Get(key, to)!;
                var language = c.GetArgument("language", "en");
                if (!newer.Languages.Contains(language)) throw Unsupported(language, newer.Languages);
                return new Localized<InstrumentChanges>(catalog.Changes(key, from, to)!, language, newer);
            });
    }

    private static InstrumentCatalog Catalog(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<InstrumentCatalog>();

    private static ExecutionError Unsupported(string language, IEnumerable<string> offered) =>
        new($"language: '{language}' is not offered; use one of {string.Join(", ", offered)}")
            { Code = InstrumentCodes.UnsupportedLanguage };
}
