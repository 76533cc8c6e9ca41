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
            s.Post.ByteArray(Encoding.UTF8.GetBytes("""  [{"query":"{ __typename }"},{"query":"{ __typename }"}]"""))
                .ToUrl("/graphql")
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
    public async Task a_document_with_more_than_a_thousand_fields_is_refused_before_validation()
    {
        var (status, body) = await app.Host.PostGraphQL("{ " +
            string.Concat(Enumerable.Repeat("serviceVersion ", 17_000)) + "}");
        Assert.Equal(400, status);
        Assert.Equal(["TOO_MANY_FIELDS"], body.ErrorCodes());
    }

    [Fact]
    public async Task a_fragment_bomb_is_refused_as_too_complex()
    {
        var (status, body) = await app.Host.PostGraphQL(Http.MalformedRequests.FragmentBomb(30));
        Assert.Equal(400, status);
        Assert.NotEmpty(body.ErrorCodes());
    }
}
