using CapabilityAssessment.Http;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL;
using GraphQLParser.AST;

namespace CapabilityAssessment.GraphQL;

/// <summary>
/// Argument mistakes a client makes, caught before anything runs and named by argument: every ID here is a UUID
/// (INVALID_ID, instead of a failed conversion inside a resolver), an explicit null for an argument that has a default
/// (ARGUMENT_NULL: leave it out for the default), and subscriptions, which this service does not offer.
/// </summary>
internal sealed class ArgumentRules : ValidationRuleBase
{

    public static readonly ArgumentRules Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation == OperationType.Subscription)
        {
            context.ReportError(new ValidationError(
                "Subscriptions are not supported: send queries and mutations over HTTP.")
                    { Code = GraphQLCodes.SubscriptionsNotSupported });
            return default;
        }
        return new(new MatchingNodeVisitor<GraphQLArgument>((node, ctx) => Check(node, ctx)));
    }

    private static void Check(GraphQLArgument node, ValidationContext context)
    {
        if (context.TypeInfo.GetArgument() is not { } argument) return;
        var name = node.Name.StringValue;
        var value = Value(node.Value, context);
        if (value is Missing) return;
        if (value is null)
        {
            if (argument.DefaultValue is not null)
                context.ReportError(Error(GraphQLCodes.ArgumentNull, name,
                    $"'{name}' may not be null; leave it out to use its default ({argument.DefaultValue})."));
            return;
        }
        if (Unwrap(argument.ResolvedType) is IdGraphType && !IsUuid(value))
            context.ReportError(Error(GraphQLCodes.InvalidId, name,
                $"'{name}' must be an id (a UUID such as 0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b), not {Show(value)}."));
    }

    private sealed class Missing;

    /// <summary>The literal's value, or the variable's; Missing for values this rule does not judge.</summary>
    private static object? Value(GraphQLValue value, ValidationContext context) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => s.Value.ToString(),
        GraphQLIntValue i => decimal.Parse(i.Value, System.Globalization.CultureInfo.InvariantCulture),
        GraphQLVariable v => context.Variables?.TryGetValue(v.Name.StringValue, out var given) == true
            ? given
            : new Missing(),
        _ => new Missing(),
    };

    private static bool IsUuid(object value) => value is string s && Guid.TryParseExact(s, "D", out _) || value is Guid;

    private static string Show(object value) =>
        value is string s ? $"'{(s.Length > 60 ? s[..60] + "..." : s)}'" : $"the number {value}";

    private static IGraphType? Unwrap(IGraphType? type) =>
        type is IProvideResolvedType wrapper ? Unwrap(wrapper.ResolvedType) : type;

    private static ValidationError Error(string code, string argument, string message)
    {
        var error = new ValidationError(message) { Code = code };
        error.Data[ProblemErrorInfoProvider.FieldKey] = argument;
        return error;
    }
}
