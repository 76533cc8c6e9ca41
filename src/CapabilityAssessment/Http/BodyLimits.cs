using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace CapabilityAssessment.Http;

/// <summary>An endpoint's own body limit (GraphQL's is larger than the default).</summary>
internal sealed record BodyLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;

/// <summary>
/// Every request body is limited: a declared Content-Length over the limit is refused at once with 413
/// REQUEST_TOO_LARGE, and Kestrel stops reading a chunked body at the limit (its
/// BadHttpRequestException becomes the same 413).
/// </summary>
internal static class BodyLimits
{
    public static IApplicationBuilder UseBodyLimits(this IApplicationBuilder app)
    {
        var defaultLimit = app.ApplicationServices.GetRequiredService<IOptions<RequestLimits>>().Value.MaxBodyBytes;
        return app.Use((http, next) =>
        {
            var limit = http.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize
                ?? defaultLimit;
            if (http.Request.ContentLength > limit)
                return ErrorResponses.WriteAsync(http, StatusCodes.Status413PayloadTooLarge, HttpCodes.RequestTooLarge,
                    $"The request body is larger than {limit} bytes.");
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
                feature.MaxRequestBodySize = limit;
            return next(http);
        });
    }
}
