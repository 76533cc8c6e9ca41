using CapabilityAssessment.Http;
using GraphQL;

namespace CapabilityAssessment.GraphQL;

/// <summary>
/// Rule problems become GraphQL errors with extensions.code and extensions.field; the field resolves to null.
/// </summary>
internal static class Problems
{
    public static object? Report(IResolveFieldContext context, IReadOnlyList<Problem> problems)
    {
        foreach (var p in problems)
        {
            var error = new ExecutionError(p.Message) { Code = p.Code };
            error.Data[ProblemErrorInfoProvider.FieldKey] = p.Field;
            context.Errors.Add(error);
        }
        return null;
    }
}
