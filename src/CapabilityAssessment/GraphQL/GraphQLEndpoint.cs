using CapabilityAssessment.Access;
using CapabilityAssessment.Http;
using GraphQL.Transport;
using GraphQL;
using Microsoft.Net.Http.Headers;

namespace CapabilityAssessment.GraphQL;

/// <summary>
/// POST and GET /graphql after the GraphQL-over-HTTP spec: application/graphql-response+json, 400 for documents
/// that do not parse or validate, every error with extensions.code. GET from a browser shows the explorer.
/// </summary>
internal static class GraphQLEndpoint
{
    public const long MaxBodyBytes = 256 * 1024;
    private const string ResponseMediaType = "application/graphql-response+json";

    public static void MapGraphQLEndpoint(this IEndpointRouteBuilder app)
    {
        var answer = new ErrorAnswer(GraphQLResponses.WriteError);
        app.MapPost("/graphql", Post)
            .RequireRateLimiting(RateLimits.PerCaller)
            .WithMetadata(new BodyLimit(MaxBodyBytes), answer);
        app.MapGet("/graphql", Get).RequireRateLimiting(RateLimits.PerCaller).WithMetadata(answer);
    }

    private static async Task Post(HttpContext http, IGraphQLTextSerializer serializer,
        IDocumentExecuter<AppSchema> executer)
    {
        if (!IsJson(http.Request.ContentType))
        {
            await GraphQLResponses.WriteError(http, StatusCodes.Status415UnsupportedMediaType,
                HttpCodes.UnsupportedMediaType,
                "Send the request as Content-Type: application/json.");
            return;
        }
        var body = await BoundedBody.ReadAsync(http.Request, MaxBodyBytes);
        if (body is null)
        {
            await GraphQLResponses.WriteError(http, 413, HttpCodes.RequestTooLarge,
                $"The request body is larger than {MaxBodyBytes} bytes.");
            return;
        }
        if (IsBatch(body))
        {
            await GraphQLResponses.WriteError(http, 400, HttpCodes.BatchingNotSupported,
                "Batched requests (a JSON array) are not supported: send one operation per request.");
            return;
        }
        GraphQLRequest? request;
        try
        {
            request = await serializer.ReadAsync<GraphQLRequest>(body, http.RequestAborted);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            await GraphQLResponses.WriteError(http, 400, HttpCodes.InvalidJson,
                $"The request body is not a valid GraphQL request: {e.Message}");
            return;
        }
        await Execute(http, serializer, executer, request, allowMutations: true);
    }

    private static async Task Get(HttpContext http, IGraphQLTextSerializer serializer,
        IDocumentExecuter<AppSchema> executer, IWebHostEnvironment env)
    {
        var query = http.Request.Query;
        if (!query.ContainsKey("query") && AcceptsHtml(http.Request))
        {
            await GraphQLResponses.WriteExplorer(http, env);
            return;
        }
        GraphQLRequest request;
        try
        {
            request = new GraphQLRequest
            {
                Query = query["query"],
                OperationName = query["operationName"],
                Variables = query.TryGetValue("variables", out var v) ? serializer.Deserialize<Inputs>(v) : null,
                Extensions = query.TryGetValue("extensions", out var x) ? serializer.Deserialize<Inputs>(x) : null,
            };
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            await GraphQLResponses.WriteError(http, 400, HttpCodes.InvalidJson,
                $"The variables or extensions parameter is not valid JSON: {e.Message}");
            return;
        }
        await Execute(http, serializer, executer, request, allowMutations: false);
    }

    private static async Task Execute(HttpContext http, IGraphQLTextSerializer serializer,
        IDocumentExecuter<AppSchema> executer, GraphQLRequest? request, bool allowMutations)
    {
        if (string.IsNullOrWhiteSpace(request?.Query))
        {
            await GraphQLResponses.WriteError(http, 400, HttpCodes.QueryMissing, "The request has no query.");
            return;
        }
        if (!await HasUsableCredentials(http)) return;
        var (document, problem, code) = DocumentLimits.Check(request.Query);
        if (problem is not null)
        {
            await GraphQLResponses.WriteError(http, 400, code, problem);
            return;
        }
        var options = new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
        };
        var core = global::GraphQL.Validation.DocumentValidator.CoreRules;
        options.ValidationRules = allowMutations
            ? [.. core, ArgumentRules.Instance]
            : [.. core, ArgumentRules.Instance, new QueriesOnlyOverGet()];
        using var operation = Telemetry.GraphQLTelemetry.Start();
        var result = await executer.ExecuteAsync(options);
        ErrorRefinement.Refine(result);
        var status = GraphQLResponses.StatusFor(result, IsLegacy(http.Request));
        operation?.Finish(result, status);
        if (status == StatusCodes.Status503ServiceUnavailable)
            http.Response.Headers.RetryAfter =
                DatabaseFaults.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        http.Response.StatusCode = status;
        http.Response.ContentType = ResponseContentType(http.Request);
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>
    /// A bearer token that is not valid is refused before anything runs, whatever the document asks for.
    /// </summary>
    private static async Task<bool> HasUsableCredentials(HttpContext http)
    {
        try
        {
            await http.RequestServices.GetRequiredService<CurrentPrincipal>().GetAsync(http.RequestAborted);
            return true;
        }
        catch (AccessDenied denied)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await GraphQLResponses.WriteError(http, StatusCodes.Status401Unauthorized, denied.Code, denied.Message);
            return false;
        }
    }

    private static bool IsBatch(Stream body)
    {
        int first;
        while ((first = body.ReadByte()) is ' ' or '\t' or '\r' or '\n' or 0xEF or 0xBB or 0xBF) { }
        body.Position = 0;
        return first == '[';
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media) &&
        (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) ||
         media.MediaType.Equals("application/graphql-response+json", StringComparison.OrdinalIgnoreCase));

    private static bool AcceptsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    internal static string ResponseContentType(HttpRequest request) =>
        (IsLegacy(request) ? "application/json" : ResponseMediaType) + "; charset=utf-8";

    /// <summary>
    /// GraphQL-over-HTTP's legacy rules: a client that does not name application/graphql-response+json (no Accept,
    /// */*, or application/json) gets application/json, and for it a document that does not parse, validate or coerce
    /// its variables is still a GraphQL response with 200; clients that ask for the new media type get 400 for those.
    /// </summary>
    internal static bool IsLegacy(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().Accept.Select(a => a.MediaType.Value?.ToLowerInvariant()).ToHashSet();
        return !accepted.Contains(ResponseMediaType) &&
            (accepted.Count == 0 || accepted.Contains("*/*") || accepted.Contains("application/*") ||
             accepted.Contains("application/json"));
    }
}
