using GraphQL;
using GraphQL.Execution;

namespace CapabilityAssessment.GraphQL;

/// <summary>Puts the input field a problem concerns beside its code: extensions { code, field }.</summary>
internal sealed class ProblemErrorInfoProvider(ErrorInfoProviderOptions options) : ErrorInfoProvider(options)
{
    public const string FieldKey = "field";

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError.Data[FieldKey] is string field)
        {
            var extensions = info.Extensions ?? new Dictionary<string, object?>();
            extensions[FieldKey] = field;
            extensions.Remove("data");
            info.Extensions = extensions;
        }
        return info;
    }
}
