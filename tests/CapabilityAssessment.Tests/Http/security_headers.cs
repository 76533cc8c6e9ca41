using System.Text;
using Alba;

namespace CapabilityAssessment.Tests.Http;

[Collection("app")]
public sealed class security_headers(AppFixture app)
{
    public static TheoryData<string, string?, int> Responses => new()
    {
        { "/healthz", null, 200 },
        { "/graphql", """{"query":"{ __typename }"}""", 200 },
        { "/graphql", "[{\"query\":\"{ __typename }\"}]", 400 },
        { "/graphql", "{\"query\":\"" + new string(' ', 300_000) + "\"}", 413 },
        { "/a/not-a-token-of-anyone-at-all", null, 404 },
        { "/r/not-a-token-of-anyone-at-all", null, 404 },
        { $"/exports/{Guid.Empty}", null, 403 },
        { "/form/form.css", null, 200 },
        { "/no/such/page", null, 404 },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task every_response_carries_them(string url, string? json, int status)
    {
        var result = await app.Host.Scenario(s =>
        {
            if (json is null) s.Get.Url(url);
            else s.Post.ByteArray(Encoding.UTF8.GetBytes(json)).ToUrl(url).ContentType("application/json");
            s.StatusCodeShouldBe(status);
        });
        var headers = result.Context.Response.Headers;
        var policy = headers.ContentSecurityPolicy.ToString();
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.Equal("nosniff", headers.XContentTypeOptions.ToString());
        Assert.Equal("no-referrer", headers["Referrer-Policy"].ToString());
        Assert.Equal("DENY", headers.XFrameOptions.ToString());
        Assert.Contains("camera=()", headers["Permissions-Policy"].ToString());
    }
}
