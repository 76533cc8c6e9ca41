using CapabilityAssessment.GraphQL;
using GraphQL;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.GraphQL;

/// <summary>
/// schema.graphql is the API contract: a change to the code's schema must be a deliberate change to that file.
/// </summary>
[Collection("app")]
public sealed class schema_contract(AppFixture app)
{
    [Fact]
    public void the_checked_in_schema_matches_the_code()
    {
        var schema = app.Host.Services.GetRequiredService<AppSchema>();
        var printed = schema.Print(new PrintOptions { IncludeDescriptions = true,
            StringComparison = StringComparison.Ordinal }).ReplaceLineEndings("\n");
        var path = Path.Combine(RepositoryRoot.Path, "src", "CapabilityAssessment", "schema.graphql");
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1") File.WriteAllText(path, printed);
        var checkedIn = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        Assert.True(checkedIn == printed,
            "src/CapabilityAssessment/schema.graphql differs from the schema in code. If the change is intended, " +
                $"run UPDATE_SCHEMA=1 ./ops/test and commit the file.\n--- printed ---\n{printed}");
    }
}
