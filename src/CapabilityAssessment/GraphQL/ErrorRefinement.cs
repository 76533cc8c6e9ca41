using CapabilityAssessment.Http;
using GraphQL;

namespace CapabilityAssessment.GraphQL;

/// <summary>
/// Errors as GraphQL.NET reports them, made to say what is wrong: a depth violation gets its own code (the analyzer
/// reports it as COMPLEXITY), a date that does not parse says the format, and a document with thousands of errors
/// (80,000 unknown directives made 14 MB) answers with the first <see cref="MaxErrors"/> and one that counts the rest.
/// </summary>
internal static class ErrorRefinement
{
    public const int MaxErrors = 100;
    public const string DateFormat = "Dates are ISO 8601 with a time and an offset, e.g. 2026-01-31T00:00:00Z.";

    public static void Refine(ExecutionResult result)
    {
        if (result.Errors is not { Count: > 0 } errors) return;
        var refined = new ExecutionErrors();
        foreach (var error in errors.Take(MaxErrors)) refined.Add(Refine(error));
        if (errors.Count > MaxErrors)
            refined.Add(new ExecutionError(
                $"... and {errors.Count - MaxErrors} more errors (the first {MaxErrors} are shown).")
                    { Code = GraphQLCodes.TooManyErrors });
        result.Errors = refined;
    }

    private static ExecutionError Refine(ExecutionError error)
    {
        if (error.Code == GraphQLCodes.Complexity && error.Message.Contains("too nested", StringComparison.Ordinal))
            return Copy(error, error.Message, GraphQLCodes.MaxDepthExceeded);
        if (error.Code is GraphQLCodes.ArgumentsOfCorrectType or GraphQLCodes.InvalidValue &&
            error.Message.Contains("DateTimeOffset", StringComparison.Ordinal))
            return Copy(error, $"{error.Message} {DateFormat}", error.Code);
        return error;
    }

    private static ExecutionError Copy(ExecutionError error, string message, string? code)
    {
        var copy = new ExecutionError(message, error.InnerException) { Code = code, Path = error.Path };
        foreach (var location in error.Locations ?? []) copy.AddLocation(location);
        foreach (System.Collections.DictionaryEntry entry in error.Data) copy.Data[entry.Key] = entry.Value;
        return copy;
    }
}
