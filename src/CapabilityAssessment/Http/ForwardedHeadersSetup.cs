using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace CapabilityAssessment.Http;

/// <summary>
/// X-Forwarded-For/-Proto are believed only from the proxies named in ForwardedHeaders:KnownProxies (addresses) and
/// ForwardedHeaders:KnownNetworks (CIDR), or loopback when none is named. ASP.NET Core's own switch
/// (ASPNETCORE_FORWARDEDHEADERS_ENABLED=true) trusts every sender, so that any client could claim any address and
/// slip past the per-address limits; here it gets the same list.
/// </summary>
internal static class ForwardedHeadersSetup
{
    public const string Section = "ForwardedHeaders";

    public static IServiceCollection AddForwardedHeaderTrust(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().PostConfigure<IConfiguration>((o, config) =>
        {
            var (proxies, networks) = Configured(config);
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) o.KnownProxies.Add(proxy);
            foreach (var network in networks) o.KnownIPNetworks.Add(network);
            if (proxies.Count == 0 && networks.Count == 0)
            {
                o.KnownProxies.Add(IPAddress.Loopback);
                o.KnownProxies.Add(IPAddress.IPv6Loopback);
            }
        });
        return services;
    }

    /// <summary>With proxies configured the middleware runs (unless ASP.NET Core's switch already added it).</summary>
    public static IApplicationBuilder UseForwardedHeaderTrust(this IApplicationBuilder app)
    {
        var config = app.ApplicationServices.GetRequiredService<IConfiguration>();
        var (proxies, networks) = Configured(config);
        var addedByAspNetCore = "true".Equals(config["FORWARDEDHEADERS_ENABLED"], StringComparison.OrdinalIgnoreCase);
        return proxies.Count + networks.Count > 0 && !addedByAspNetCore ? app.UseForwardedHeaders() : app;
    }

    private static (List<IPAddress> Proxies, List<System.Net.IPNetwork> Networks) Configured(IConfiguration config)
    {
        var section = config.GetSection(Section);
        var proxies = section.GetSection("KnownProxies").GetChildren()
            .Select(c => IPAddress.TryParse(c.Value, out var a) ? a : throw Bad(c, "an IP address")).ToList();
        var networks = section.GetSection("KnownNetworks").GetChildren()
            .Select(c => System.Net.IPNetwork.TryParse(c.Value, out var n) ? n
                : throw Bad(c, "a CIDR network such as 10.0.0.0/8"))
            .ToList();
        return (proxies, networks);
    }

    private static InvalidOperationException Bad(IConfigurationSection setting, string what) =>
        new($"{setting.Path} is not {what}: '{setting.Value}'.");
}
