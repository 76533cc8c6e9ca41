namespace CapabilityAssessment.GraphQL;

/// <summary>The GraphQL document's limits and argument coercion. Stable: clients compare them; README.md lists
/// each.</summary>
public static class GraphQLCodes
{
    public const string TooManyFields = "TOO_MANY_FIELDS";
    public const string TooManyDirectives = "TOO_MANY_DIRECTIVES";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string Complexity = "COMPLEXITY";
    public const string TooManyErrors = "TOO_MANY_ERRORS";
    public const string SubscriptionsNotSupported = "SUBSCRIPTIONS_NOT_SUPPORTED";
    public const string InvalidId = "INVALID_ID";
    public const string ArgumentNull = "ARGUMENT_NULL";
    public const string InvalidValue = "INVALID_VALUE";
    public const string ArgumentsOfCorrectType = "ARGUMENTS_OF_CORRECT_TYPE";
}
