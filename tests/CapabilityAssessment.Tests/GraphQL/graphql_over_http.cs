using System.Text;
using System.Text.Json;
using Alba;

namespace CapabilityAssessment.Tests.GraphQL;

[Collection("app")]
public sealed class graphql_over_http(AppFixture app)
{
    [Fact]
    public async Task a_query_answers_with_the_graphql_response_media_type()
    {
        var result = await app.Host.Scenario(s =>
        {
            s.Post.Json(new { query = "{ __typename }" })
                .ToUrl("/graphql")
                .Accepts("application/graphql-response+json, application/json");
            s.StatusCodeShouldBeOk();
            s.ContentTypeShouldBe("application/graphql-response+json; charset=utf-8");
        });
        var body = await result.ReadAsJsonAsync<JsonElement>();
        Assert.Equal("Query", body.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task a_client_that_accepts_only_json_gets_json()
    {
        await app.Host.Scenario(s =>
        {
            s.Post.Json(new { query = "{ __typename }" }).ToUrl("/graphql").Accepts("application/json");
            s.ContentTypeShouldBe("application/json; charset=utf-8");
        });
    }

    [Theory]
    [InlineData("*/*")]
    [InlineData(null)]
    public async Task a_client_that_accepts_anything_or_says_nothing_gets_json(string? accept)
    {
        await app.Host.Scenario(s =>
        {
            s.Post.Json(new { query = "{ __typename }" }).ToUrl("/graphql");
            if (accept is null) s.ConfigureHttpContext(c => c.Request.Headers.Remove("Accept"));
            else s.WithRequestHeader("Accept", accept);
            s.ContentTypeShouldBe("application/json; charset=utf-8");
        });
    }

    [Theory]
    [InlineData("{", null)]
    [InlineData("{ noSuchField }", null)]
    [InlineData("query Q($id: ID!) { __typename }", "{\"id\": null}")]
    public async Task a_json_only_client_gets_parse_validation_and_variable_errors_with_200(string query,
        string? variables)
    {
        var result = await app.Host.Scenario(s =>
        {
            s.Post.Json(new { query, variables = variables is null ? (JsonElement?)null
                : JsonDocument.Parse(variables).RootElement }).ToUrl("/graphql")
                .Accepts("application/json");
            s.StatusCodeShouldBe(200);
            s.ContentTypeShouldBe("application/json; charset=utf-8");
        });
        Assert.NotEmpty((await result.ReadAsJsonAsync<JsonElement>()).ErrorCodes());
    }

    [Fact]
    public async Task a_document_that_does_not_parse_is_a_400_with_a_code()
    {
        var (status, body) = await app.Host.PostGraphQL("{ __typename ");
        Assert.Equal(400, status);
        Assert.Contains("SYNTAX_ERROR", body.ErrorCodes());
    }

    [Fact]
    public async Task an_unknown_field_is_a_400_validation_error()
    {
        var (status, body) = await app.Host.PostGraphQL("{ noSuchField }");
        Assert.Equal(400, status);
        Assert.Contains("FIELDS_ON_CORRECT_TYPE", body.ErrorCodes());
        Assert.Contains("noSuchField", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task malformed_json_is_a_400_naming_the_problem()
    {
        var result = await app.Host.Scenario(s =>
        {
            s.Post.Text("{\"query\": ").ToUrl("/graphql");
            s.WithRequestHeader("Content-Type", "application/json");
            s.StatusCodeShouldBe(400);
        });
        Assert.Equal(["INVALID_JSON"], (await result.ReadAsJsonAsync<JsonElement>()).ErrorCodes());
    }

    [Fact]
    public async Task a_request_without_a_query_is_a_400()
    {
        var (status, body) = await app.Host.PostGraphQL("");
        Assert.Equal(400, status);
        Assert.Equal(["QUERY_MISSING"], body.ErrorCodes());
    }

    [Fact]
    public async Task an_unknown_operation_name_is_a_400()
    {
        var result = await app.Host.Scenario(s =>
        {
            s.Post.Json(new { query = "query A { __typename }", operationName = "B" })
                .ToUrl("/graphql")
                .Accepts("application/graphql-response+json");
            s.StatusCodeShouldBe(400);
        });
        Assert.NotEmpty((await result.ReadAsJsonAsync<JsonElement>()).ErrorCodes());
    }

    [Fact]
    public async Task a_body_that_is_not_json_is_a_415()
    {
        await app.Host.Scenario(s =>
        {
            s.Post.Text("{ __typename }").ToUrl("/graphql");
            s.StatusCodeShouldBe(415);
        });
    }

    [Fact]
    public async Task an_oversized_body_is_a_413_not_a_500()
    {
        var huge = "{ " + new StringBuilder().Insert(0, "__typename ", 40_000) + "}";
        var (status, body) = await app.Host.PostGraphQL(huge);
        Assert.Equal(413, status);
        Assert.Equal(["REQUEST_TOO_LARGE"], body.ErrorCodes());
    }

    [Fact]
    public async Task a_deeply_nested_document_is_refused_before_it_runs()
    {
        var deep = "{ " + string.Concat(Enumerable.Repeat("__schema { types { fields { type { ofType { ", 5)) + "name" +
            new string('}', 26);
        var (status, body) = await app.Host.PostGraphQL(deep);
        Assert.Equal(400, status);
        Assert.NotEmpty(body.ErrorCodes());
    }

    [Fact]
    public async Task the_explorers_full_introspection_is_not_refused_as_too_complex()
    {
        const string introspection =
            "{ __schema { types { name fields(includeDeprecated: true) { name args { name type { name kind ofType { " +
            "name kind ofType { name kind ofType { name } } } } } type { name kind ofType { name kind ofType { name " +
            "kind ofType { name } } } } } inputFields { name } enumValues { name } } } }";
        var (status, body) = await app.Host.PostGraphQL(introspection);
        Assert.Equal(200, status);
        Assert.Empty(body.ErrorCodes());
    }

    [Fact]
    public async Task a_query_can_be_sent_with_get()
    {
        var result = await app.Host.Scenario(s =>
        {
            s.Get.Url("/graphql?query=" + Uri.EscapeDataString("{ __typename }"));
            s.StatusCodeShouldBeOk();
        });
        Assert.Equal("Query", (await result.ReadAsJsonAsync<JsonElement>()).GetProperty("data")
            .GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task a_mutation_sent_with_get_is_refused_with_405()
    {
        await app.Host.Scenario(s =>
        {
            s.Get.Url("/graphql?query=" + Uri.EscapeDataString("mutation { __typename }"));
            s.StatusCodeShouldBe(405);
        });
    }

    [Fact]
    public async Task a_browser_gets_the_explorer_page()
    {
        var result = await app.Host.Scenario(s =>
        {
            s.Get.Url("/graphql").Accepts("text/html");
            s.StatusCodeShouldBeOk();
            s.ContentTypeShouldBe("text/html; charset=utf-8");
        });
        var html = await result.ReadAsTextAsync();
        Assert.Contains("/explorer/graphiql.min.js", html);
        Assert.DoesNotContain("http", html.Replace("http-equiv", ""), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task the_explorer_scripts_are_served_locally()
    {
        await app.Host.Scenario(s =>
        {
            s.Get.Url("/explorer/graphiql.min.js");
            s.StatusCodeShouldBeOk();
        });
    }
}
