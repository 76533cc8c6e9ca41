namespace CapabilityAssessment.Http;

/// <summary>Transport codes: the request itself could not be served (HTTP problems and GraphQL errors). Stable:
/// clients compare them; README.md lists each.</summary>
public static class HttpCodes
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
