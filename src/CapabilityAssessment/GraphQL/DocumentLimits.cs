using System.Globalization;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using GraphQLParser;

namespace CapabilityAssessment.GraphQL;

/// <summary>
/// Counts the fields a document selects, with fragments expanded, before GraphQL.NET validates it. Validation compares
/// fields pairwise and expands fragments for every spread, so the fuzz test found documents that passed every other
/// limit and still kept a core busy: 250 KB of one repeated field took 16 s, and 30 fragments that each spread the
/// previous one twice (2^30 fields from 1 KB) never finished.
/// </summary>
internal static class DocumentLimits
{
    public const int MaxFields = 1_000;
    public const int MaxFragmentNesting = 32;
    public const int MaxParserDepth = 128;
    public const int MaxDirectives = 100;

    /// <summary>
    /// The parsed document to execute, or the problem and its code; a document that does not parse is left to the
    /// executer to report. Nesting deeper than the parser's limit (selections, list literals) is MAX_DEPTH_EXCEEDED.
    /// </summary>
    public static (GraphQLDocument? Document, string? Problem, string Code) Check(string query)
    {
        GraphQLDocument document;
        try
        {
            var options = new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = MaxParserDepth };
            document = Parser.Parse(query, options);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return (null, $"The document nests selections, values or lists deeper than {MaxParserDepth} levels.",
                GraphQLCodes.MaxDepthExceeded);
        }
        catch (GraphQLParserException)
        {
            return (null, null, GraphQLCodes.TooManyFields);
        }
        if (Directives(document) is var directives && directives > MaxDirectives)
            return (null,
                $"The document has {directives} directives; at most {MaxDirectives} are allowed in one request.",
                GraphQLCodes.TooManyDirectives);
        var fields = new FieldCount(document).Total();
        return fields > MaxFields
            ? (null,
                "The document selects " +
                $"{(fields >= FieldCount.Huge ? "too many" : fields.ToString(CultureInfo.InvariantCulture))} " +
                $"fields with its fragments expanded (or nests fragments deeper than {MaxFragmentNesting}); at most " +
                $"{MaxFields} are allowed in one request.", GraphQLCodes.TooManyFields)
            : (document, null, GraphQLCodes.TooManyFields);
    }

    /// <summary>
    /// Directives as written: 80,000 unknown ones in 250 KB took 8 s to validate (each
    /// error locates itself in the text).
    /// </summary>
    private static int Directives(GraphQLDocument document)
    {
        static int In(GraphQLSelectionSet? set) => (set?.Selections ?? []).Sum(s => s switch
        {
            GraphQLField f => (f.Directives?.Count ?? 0) + In(f.SelectionSet),
            GraphQLInlineFragment i => (i.Directives?.Count ?? 0) + In(i.SelectionSet),
            GraphQLFragmentSpread f => f.Directives?.Count ?? 0,
            _ => 0,
        });
        return document.Definitions.Sum(d => d switch
        {
            GraphQLOperationDefinition o => (o.Directives?.Count ?? 0) + In(o.SelectionSet) +
                (o.Variables?.Items ?? []).Sum(v => v.Directives?.Count ?? 0),
            GraphQLFragmentDefinition f => (f.Directives?.Count ?? 0) + In(f.SelectionSet),
            _ => 0,
        });
    }

    /// <summary>
    /// Fields per fragment are counted once and reused, so the count itself stays linear in the document.
    /// </summary>
    private sealed class FieldCount(GraphQLDocument document)
    {
        public const long Huge = long.MaxValue / 4;
        private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments =
            document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue).ToDictionary(g => g.Key, g => g.First());
        private readonly Dictionary<string, long> _counted = [];

        public long Total() =>
            document.Definitions.OfType<GraphQLOperationDefinition>()
            .Aggregate(0L, (sum, o) => Add(sum, Of(o.SelectionSet, 0)));

        private long Of(GraphQLSelectionSet? set, int nesting)
        {
            var sum = 0L;
            foreach (var selection in set?.Selections ?? [])
                sum = Add(sum, selection switch
                {
                    GraphQLField field => Add(1, Of(field.SelectionSet, nesting)),
                    GraphQLInlineFragment inline => Of(inline.SelectionSet, nesting),
                    GraphQLFragmentSpread spread => Fragment(spread.FragmentName.Name.StringValue, nesting + 1),
                    _ => 0,
                });
            return sum;
        }

        private long Fragment(string name, int nesting)
        {
            if (nesting > MaxFragmentNesting) return Huge;
            if (_counted.TryGetValue(name, out var known)) return known;
            if (!_fragments.TryGetValue(name, out var fragment)) return 0; // unknown: validation reports it
            _counted[name] = 0; // a cycle counts nothing here; validation reports it
            return _counted[name] = Of(fragment.SelectionSet, nesting);
        }

        private static long Add(long a, long b) => Math.Min(Huge, a + b);
    }
}
