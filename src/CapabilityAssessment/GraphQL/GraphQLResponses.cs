using CapabilityAssessment.Http;
using GraphQL;

namespace CapabilityAssessment.GraphQL;

internal static class GraphQLResponses
{
    /// <summary>A document that did not execute is 400, or 200 for a legacy application/json client.</summary>
    public static int StatusFor(ExecutionResult result, bool legacy = false)
    {
        var codes = result.Errors?.Select(e => e.Code).ToHashSet() ?? [];
        if (codes.Contains(HttpCodes.DatabaseUnavailable)) return StatusCodes.Status503ServiceUnavailable;
        if (codes.Contains(HttpCodes.MethodNotAllowed)) return StatusCodes.Status405MethodNotAllowed;
        if (codes.Contains(HttpCodes.InternalError) && !result.Executed)
            return StatusCodes.Status500InternalServerError;
        return result.Executed || legacy ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
    }

    /// <summary>Errors found before a document could be executed, in the same shape as GraphQL errors.</summary>
    public static Task WriteError(HttpContext http, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        return http.Response.WriteAsJsonAsync(
            new { errors = new[] { new { message, extensions = new { code } } } },
            options: null, contentType: GraphQLEndpoint.ResponseContentType(http.Request));
    }

    public static async Task WriteExplorer(HttpContext http, IWebHostEnvironment env)
    {
        var page = env.WebRootFileProvider.GetFileInfo("explorer/index.html");
        if (!page.Exists)
        {
            await WriteError(http, StatusCodes.Status404NotFound, HttpCodes.NotFound,
                "The GraphQL explorer is not installed (it is built from src/CapabilityAssessment/Explorer with " +
                    "npm). POST queries to /graphql.");
            return;
        }
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.SendFileAsync(page, http.RequestAborted);
    }
}
