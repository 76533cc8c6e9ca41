using Microsoft.Net.Http.Headers;

namespace CapabilityAssessment.Http;

/// <summary>JSON bodies are UTF-8 (RFC 8259 §8.1): another or an unknown charset is 415, not a failed read.</summary>
internal static class JsonBodies
{
    public static bool IsUtf8Json(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var media) &&
        (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) ||
         media.MediaType.Value?.EndsWith("+json", StringComparison.OrdinalIgnoreCase) == true) &&
        (media.Charset.Value is null || media.Charset.Value.Trim('"').ToLowerInvariant() is "utf-8" or "utf8");
}
