using CapabilityAssessment.Http;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace CapabilityAssessment.GraphQL;

/// <summary>GET must be safe (GraphQL-over-HTTP §GET): mutations are refused with 405.</summary>
internal sealed class QueriesOnlyOverGet : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
            context.ReportError(new ValidationError("Only queries may be sent with GET; send mutations with POST.")
                { Code = HttpCodes.MethodNotAllowed });
        return default;
    }
}
