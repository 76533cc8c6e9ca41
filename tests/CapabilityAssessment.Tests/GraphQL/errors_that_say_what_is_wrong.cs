using System.Text.Json;
using Alba;
using CapabilityAssessment.Access;
using CapabilityAssessment.Tests.Fieldwork;

namespace CapabilityAssessment.Tests.GraphQL;

/// <summary>Client mistakes get a precise code naming the argument, never INTERNAL_ERROR (issue #19).</summary>
[Collection("app")]
public sealed class errors_that_say_what_is_wrong(AppFixture app)
{
    [Theory]
    [InlineData("\"abc\"")]
    [InlineData("\"\"")]
    [InlineData("\"0190a1b2-c3d4-7e5f-8a9b\"")]
    [InlineData("12")]
    public async Task a_malformed_id_is_INVALID_ID_naming_the_argument(string literal)
    {
        var admin = await AssessmentClient.IssueKey(app.Host, PrincipalRole.Admin, null);
        var (status, body) = await Post(admin, $"{{ assessment(id: {literal}) {{ id }} }}");
        Assert.Equal(400, status);
        Assert.Equal(["INVALID_ID"], body.ErrorCodes());
        Assert.Equal("id", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("field").GetString());
    }

    [Fact]
    public async Task a_malformed_id_in_a_variable_is_INVALID_ID_too()
    {
        var admin = await AssessmentClient.IssueKey(app.Host, PrincipalRole.Admin, null);
        var (_, body) = await Post(admin, "mutation($id: ID!) { closeAssessment(assessmentId: $id) { version } }",
            new { id = "abc" });
        Assert.Equal(["INVALID_ID"], body.ErrorCodes());
    }

    [Fact]
    public async Task a_subscription_is_refused_with_its_own_code()
    {
        var (status, body) = await Post(null, "subscription { serviceVersion }");
        Assert.Equal(400, status);
        Assert.Contains("SUBSCRIPTIONS_NOT_SUPPORTED", body.ErrorCodes());
    }

    [Fact]
    public async Task a_300_deep_list_literal_and_a_500_deep_selection_get_the_depth_code()
    {
        var list = await Post(null,
            $"{{ instruments(language: {new string('[', 300)}\"en\"{new string(']', 300)}) {{ key }} }}");
        Assert.Equal(400, list.Status);
        Assert.Equal(["MAX_DEPTH_EXCEEDED"], list.Body.ErrorCodes());
        var selection = await Post(null, "{ " + string.Concat(Enumerable.Repeat("a { ", 500)) + "b" +
            new string('}', 500) + " }");
        Assert.Equal(400, selection.Status);
        Assert.Equal(["MAX_DEPTH_EXCEEDED"], selection.Body.ErrorCodes());
        // 18 levels: within the parser's limit, over the selection depth of 15.
        var nested = await Post(null, "{ __schema { types { fields { type { " +
            string.Concat(Enumerable.Repeat("ofType { ", 13)) +
            "name" + string.Concat(Enumerable.Repeat(" }", 18)));
        Assert.Equal(["MAX_DEPTH_EXCEEDED"], nested.Body.ErrorCodes());
    }

    [Fact]
    public async Task an_explicit_null_for_an_argument_with_a_default_says_to_leave_it_out()
    {
        var (status, body) = await Post(null, "{ instruments(language: null) { key } }");
        Assert.Equal(400, status);
        Assert.Equal(["ARGUMENT_NULL"], body.ErrorCodes());
        Assert.Contains("leave it out", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task a_nul_byte_in_the_firm_name_is_INVALID_FIRM_NAME_and_nothing_is_written()
    {
        var (status, body) = await Post(null, """
            mutation($name: String!) { startAssessment(instrumentKey: "dcvn", firm: { name: $name, country: "FI", industry: "C" }) { assessmentId } }
            """, new { name = "Acme\0 Oy" });
        Assert.Equal(200, status);
        Assert.Equal(["INVALID_FIRM_NAME"], body.ErrorCodes());
        Assert.Equal("firm.name", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("field")
            .GetString());
    }

    [Fact]
    public async Task a_date_that_does_not_parse_says_the_format()
    {
        var researcher = await AssessmentClient.IssueKey(app.Host, PrincipalRole.Researcher, null);
        var (_, body) = await Post(researcher,
            """mutation { requestDatasetRelease(instrumentKey: "dcvn", from: "yesterday", to: "2021-01-01T00:00:00Z") { id } }""");
        Assert.Contains("ISO 8601", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("""{ benchmark(instrumentKey: "nope", peerGroup: {}) { n } }""")]
    [InlineData("""{ reliability(instrumentKey: "nope", version: 1) { construct } }""")]
    [InlineData("""{ instrument(key: "nope") { key } }""")]
    [InlineData("""{ instrumentChanges(key: "nope", from: 1, to: 2) { key } }""")]
    [InlineData(
        """mutation { requestDatasetRelease(instrumentKey: "nope", from: "2020-01-01T00:00:00Z", to: "2021-01-01T00:00:00Z") { id } }""")]
    public async Task an_unknown_instrument_key_is_INSTRUMENT_NOT_FOUND(string query)
    {
        var researcher = await AssessmentClient.IssueKey(app.Host, PrincipalRole.Researcher, null);
        Assert.Equal(["INSTRUMENT_NOT_FOUND"], (await Post(researcher, query)).Body.ErrorCodes());
    }

    [Fact]
    public async Task an_unknown_peer_value_reads_as_a_sentence()
    {
        var admin = await AssessmentClient.IssueKey(app.Host, PrincipalRole.Admin, null);
        var (_, body) = await Post(admin,
            """{ benchmark(instrumentKey: "dcvn", peerGroup: { industry: "Z" }) { n } }""");
        Assert.StartsWith("'Z' is not an industry value", body.GetProperty("errors")[0].GetProperty("message")
            .GetString());
    }

    [Fact]
    public async Task thousands_of_errors_are_capped_at_100_and_one_that_counts_the_rest()
    {
        var (_, body) = await Post(null, "{ " + string.Join(" ", Enumerable.Range(0, 300).Select(i => $"f{i}")) + " }");
        var codes = body.ErrorCodes();
        Assert.Equal(101, codes.Length);
        Assert.Equal("TOO_MANY_ERRORS", codes[^1]);
        Assert.Contains("200 more", body.GetProperty("errors")[100].GetProperty("message").GetString());
    }

    [Fact]
    public async Task tens_of_thousands_of_directives_are_refused_before_validation()
    {
        var (status, body) = await Post(null, "{ serviceVersion " +
            string.Concat(Enumerable.Repeat("@x ", 80_000)) + "}");
        Assert.Equal(400, status);
        Assert.Equal(["TOO_MANY_DIRECTIVES"], body.ErrorCodes());
    }

    [Fact]
    public async Task a_whole_questionnaire_in_one_query_is_within_the_complexity_limit()
    {
        var (status, body) = await Post(null,
            "{ instruments { key modules { key roles { key } constructs { key items { id } } } } }");
        Assert.Equal(200, status);
        Assert.Empty(body.ErrorCodes());
        Assert.True(body.GetProperty("data").GetProperty("instruments").GetArrayLength() > 0);
    }

    [Fact]
    public async Task aliases_cannot_multiply_expensive_reads()
    {
        var admin = await AssessmentClient.IssueKey(app.Host, PrincipalRole.Admin, null);
        string Benchmarks(int n) =>
            "{ " + string.Join(" ", Enumerable.Range(0, n).Select(i =>
            $"b{i}: benchmark(instrumentKey: \"dcvn\", peerGroup: {{}}) {{ n }}")) + " }";
        Assert.Empty((await Post(admin, Benchmarks(2))).Body.ErrorCodes());
        var (status, body) = await Post(admin, Benchmarks(11));
        Assert.Equal(400, status);
        Assert.Equal(["COMPLEXITY"], body.ErrorCodes());
    }

    private async Task<(int Status, JsonElement Body)> Post(string? bearer, string query, object? variables = null)
    {
        var result = await app.Host.Scenario(s =>
        {
            s.Post.Json(new { query, variables }).ToUrl("/graphql").Accepts("application/graphql-response+json");
            if (bearer is not null) s.WithBearerToken(bearer);
            s.IgnoreStatusCode();
        });
        return (result.Context.Response.StatusCode, await result.ReadAsJsonAsync<JsonElement>());
    }
}
