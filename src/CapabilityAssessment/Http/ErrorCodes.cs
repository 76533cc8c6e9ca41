namespace CapabilityAssessment.Http;

/// <summary>Stable error codes, sent as extensions.code (GraphQL) or code (HTTP problems); documented in README.md.</summary>
public static class ErrorCodes
{
    public const string InvalidJson = "INVALID_JSON";
    public const string QueryMissing = "QUERY_MISSING";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string DatabaseUnavailable = "DATABASE_UNAVAILABLE";
    public const string ConcurrencyConflict = "CONCURRENCY_CONFLICT";
    public const string InternalError = "INTERNAL_ERROR";
    public const string NotFound = "NOT_FOUND";
    public const string RateLimited = "RATE_LIMITED";
    public const string BadRequest = "BAD_REQUEST";
    public const string BatchingNotSupported = "BATCHING_NOT_SUPPORTED";
}
