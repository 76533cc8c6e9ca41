using CapabilityAssessment.GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Access;

[Collection("access")]
public sealed class every_operation_checks_the_caller(AccessFixture access)
{
    [Fact]
    public void every_root_field_of_the_schema_has_a_row_in_the_matrix()
    {
        var schema = access.Host.Services.GetRequiredService<AppSchema>();
        schema.Initialize();
        var inSchema = schema.Query.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal))
            .Select(f => "query " + f.Name)
            .Concat(schema.Mutation!.Fields.Select(f => "mutation " + f.Name)).Order().ToList();
        var inMatrix = AuthorizationMatrix.Operations.Select(o => (o.IsMutation ? "mutation " : "query ") + o.Field)
            .Order()
            .ToList();
        Assert.Equal(inSchema, inMatrix);
    }

    [Fact]
    public async Task every_caller_gets_the_answer_or_the_refusal_the_matrix_declares()
    {
        var wrong = new List<string>();
        foreach (var operation in AuthorizationMatrix.Operations)
            foreach (var (caller, expected) in operation.Expected)
            {
                var target = await access.NewTarget(operation.State);
                var body = await access.As(caller, target).Send(operation.Document,
                    operation.Variables(target, access));
                var actual = Outcomes.Of(body, operation.Field);
                if (actual != expected) wrong.Add($"{operation.Field} as {caller}: expected {expected}, got {actual}");
            }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task a_caller_who_may_not_see_an_assessment_cannot_tell_it_from_one_that_does_not_exist()
    {
        var wrong = new List<string>();
        foreach (var operation in AuthorizationMatrix.Operations.Where(o => o.TakesAssessmentId))
            foreach (var (caller, expected) in operation.Expected.Where(e => e.Value != Outcomes.Data))
            {
                var target = await access.NewTarget(operation.State);
                var missing = target with { Id = Guid.NewGuid(), FirmId = Guid.NewGuid() };
                var body = await access.As(caller, target).Send(operation.Document,
                    operation.Variables(missing, access));
                var actual = Outcomes.Of(body, operation.Field);
                if (actual != expected)
                    wrong.Add($"{operation.Field} as {caller} for an unknown id: expected {expected} as for " +
                        $"another's, got {actual}");
            }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }
}
