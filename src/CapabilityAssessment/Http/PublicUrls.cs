namespace CapabilityAssessment.Http;

/// <summary>
/// Absolute addresses for links people copy or follow from elsewhere (respondent links, downloads): the PublicBaseUrl
/// setting (e.g. https://assess.example.org behind a proxy), else the scheme, host and path base of the request.
/// </summary>
internal static class PublicUrls
{
    public const string Setting = "PublicBaseUrl";

    /// <summary>For GraphQL resolvers: the current request's, or the path as it is outside a request.</summary>
    public static string Absolute(IServiceProvider services, string path) =>
        services.GetService<IHttpContextAccessor>()?.HttpContext is { } http ? Absolute(http, path) : path;

    public static string Absolute(HttpContext http, string path)
    {
        var configured = http.RequestServices.GetRequiredService<IConfiguration>()[Setting];
        var origin = string.IsNullOrWhiteSpace(configured)
            ? $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}"
            : configured.TrimEnd('/');
        return origin + (path.StartsWith('/') ? path : "/" + path);
    }
}
