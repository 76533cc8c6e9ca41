using CapabilityAssessment.Storage;
using JasperFx;
using Marten;

namespace CapabilityAssessment.Access;

/// <summary>
/// Admin command: `apikeys create --role consultant --organisation acme --name "Jane Doe" [--expires-days 365]`,
/// `apikeys revoke KEY_ID`. The token is printed once; only its hash is stored.
/// </summary>
internal static class ApiKeysCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var store = services.GetRequiredService<IDocumentStore>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        await services.ApplySchemaAsync();
        switch (args)
        {
            case ["create", .. var rest]:
                var options = Options(rest);
                if (!Enum.TryParse<PrincipalRole>(options.GetValueOrDefault("role"), ignoreCase: true, out var role)
                    || role is PrincipalRole.Anonymous or PrincipalRole.Respondent)
                    return Fail(output, "--role must be admin, consultant or researcher.");
                var organisation = options.GetValueOrDefault("organisation");
                if (role == PrincipalRole.Consultant && string.IsNullOrWhiteSpace(organisation))
                    return Fail(output, "--organisation is required for a consultant's key.");
                var name = options.GetValueOrDefault("name") ?? role.ToString();
                DateTimeOffset? expires = int.TryParse(options.GetValueOrDefault("expires-days"), out var days)
                    ? now.AddDays(days) : null;
                var (key, token) = Issue(role, organisation, name, now, expires);
                await using (var session = store.LightweightSession())
                {
                    session.Insert(key);
                    await session.SaveChangesAsync();
                }
                await output.WriteLineAsync($"Created {role.ToString().ToLowerInvariant()} key {key.Id} " +
                    $"({name}){(expires is null ? "" : $", expires {expires:yyyy-MM-dd}")}.");
                await output.WriteLineAsync("Token (shown once, store it now): " + token);
                return 0;
            case ["revoke", var id]:
                await using (var session = store.LightweightSession())
                {
                    if (await session.LoadAsync<ApiKey>(id) is not { } existing)
                        return Fail(output, $"No API key {id}.");
                    session.Store(existing with { RevokedAt = now });
                    await session.SaveChangesAsync();
                }
                await output.WriteLineAsync($"Revoked key {id}.");
                return 0;
            default:
                return Fail(output,
                    "usage: apikeys create --role admin|consultant|researcher [--organisation ORG] [--name NAME] " +
                    "[--expires-days N] | apikeys revoke KEY_ID");
        }
    }

    public static (ApiKey Key, string Token) Issue(PrincipalRole role, string? organisation, string name,
        DateTimeOffset now, DateTimeOffset? expires)
    {
        var id = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(6));
        var secret = Secrets.NewToken(32);
        return (new ApiKey(id, Secrets.Hash(secret), role, organisation, name, now, expires, null),
            $"{ApiKey.Prefix}{id}_{secret}");
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i += 2)
            if (args[i].StartsWith("--", StringComparison.Ordinal)) options[args[i][2..]] = args[i + 1];
        return options;
    }

    private static int Fail(TextWriter output, string message)
    {
        output.WriteLine(message);
        return 2;
    }
}
