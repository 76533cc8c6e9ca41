using System.Text;
using System.Text.Json;
using Alba;

namespace CapabilityAssessment.Tests.GraphQL;

[Collection("app")]
public sealed class graphql_abuse_limits(AppFixture app)
{
    [Fact]
    public async Task a_batch_is_refused_with_a_clear_code()
    {
        var result = await app.Host.Scenario(s =>
        {
            s.Post.ByteArray(Encoding.UTF8.GetBytes("""  [{"query":"{ __typename }"},{"query":"{ __typename }"}]""")).ToUrl("/graphql")
                .ContentType("application/json");
            s.StatusCodeShouldBe(400);
        });
        var body = await result.ReadAsJsonAsync<JsonElement>();
        Assert.Equal(["BATCHING_NOT_SUPPORTED"], body.ErrorCodes());
        Assert.Contains("one operation per request", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("Bearer not-a-token-of-anyone-at-all")]
    [InlineData("Bearer cak_0000_forged")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task a_credential_that_is_not_valid_is_401_even_for_a_field_that_needs_none(string authorization)
    {
        var result = await app.Host.Scenario(s =>
        {
            s.Post.Json(new { query = "{ serviceVersion }" }).ToUrl("/graphql");
            s.WithRequestHeader("Authorization", authorization);
            s.StatusCodeShouldBe(401);
        });
        Assert.Equal("Bearer", result.Context.Response.Headers.WWWAuthenticate.ToString());
        Assert.Equal(["UNAUTHENTICATED"], (await result.ReadAsJsonAsync<JsonElement>()).ErrorCodes());
    }

    [Fact]
    public async Task a_document_that_asks_for_too_much_is_refused_before_it_runs()
    {
        var aliases = string.Join(" ", Enumerable.Range(0, 400).Select(i => $"a{i}: instruments {{ constructs {{ items {{ id text }} }} }}"));
        var (status, body) = await app.Host.PostGraphQL("{ " + aliases + " }");
        Assert.Equal(400, status);
        Assert.NotEmpty(body.ErrorCodes());
    }
}
