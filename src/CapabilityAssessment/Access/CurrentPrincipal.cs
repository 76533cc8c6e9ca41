using CapabilityAssessment.Http;
using CapabilityAssessment.Storage;
using JasperFx;
using Marten;

namespace CapabilityAssessment.Access;

/// <summary>
/// Resolves the caller once per request from "Authorization: Bearer ..." (an API key or a respondent token).
/// </summary>
internal sealed class CurrentPrincipal(IHttpContextAccessor http, IDocumentStore store, TimeProvider clock,
    RefusedTokens refused)
{
    private Task<Principal>? _resolved;

    public Task<Principal> GetAsync(CancellationToken ct = default) => _resolved ??= ResolveAsync(ct);

    private async Task<Principal> ResolveAsync(CancellationToken ct)
    {
        if (http.HttpContext is not { } context) return Principal.Anonymous;
        if (string.IsNullOrWhiteSpace(context.Request.Headers.Authorization)) return Principal.Anonymous;
        if (ClientAddress.Bearer(context) is { } token
            && await ForTokenAsync(store, token, clock.GetUtcNow(), ct) is { } principal) return principal;
        refused.Record(context);
        throw new AccessDenied(AccessDenied.Unauthenticated,
            "The Authorization header is not 'Bearer <token>' with a valid token: it is unknown, has expired or " +
            "was revoked.");
    }

    public static async Task<Principal?> ForTokenAsync(IDocumentStore store, string token, DateTimeOffset now,
        CancellationToken ct)
    {
        await using var session = store.QuerySession();
        if (token.StartsWith(ApiKey.Prefix, StringComparison.Ordinal))
        {
            var parts = token[ApiKey.Prefix.Length..].Split('_', 2);
            if (parts.Length != 2) return null;
            var key = await session.LoadAsync<ApiKey>(parts[0], ct);
            return key is not null && key.IsUsableAt(now) && Secrets.Matches(parts[1], key.SecretHash)
                ? new Principal(key.Role, "key:" + key.Id, key.OrganisationId)
                : null;
        }
        if (token.Length is < 16 or > 64) return null;
        var link = await session.LoadAsync<RespondentLink>(RespondentLink.IdFor(token), ct);
        return link is not null && (link.ExpiresAt is null || link.ExpiresAt > now)
            ? new Principal(PrincipalRole.Respondent, "respondent:" + link.RespondentId, null, link.AssessmentId,
                link.RespondentId)
            : null;
    }
}

/// <summary>The caller may not do this: UNAUTHENTICATED (who are you?) or FORBIDDEN (not you).</summary>
public sealed class AccessDenied(string code, string message) : Exception(message)
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public string Code { get; } = code;
}
