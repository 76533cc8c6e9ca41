using System.Xml.Linq;
using CapabilityAssessment.Store;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace CapabilityAssessment.Access;

/// <summary>One Data Protection key as ASP.NET Core writes it: an XML element under its friendly name ("key-{guid}").</summary>
internal sealed record DataProtectionKey(string Id, string Xml);

/// <summary>
/// The Data Protection key ring (which protects the form's antiforgery tokens) kept in the database instead of each
/// machine's home folder, so every instance behind a load balancer accepts a form another instance served, and a
/// restarted container does not invalidate open forms. Whoever can read the database can read the keys: they are as
/// secret as the data they protect, no more.
/// </summary>
internal sealed class DatabaseKeyRing(DocumentStore store) : IXmlRepository
{
    public const string ApplicationName = "CapabilityAssessment";

    // IXmlRepository is synchronous; ASP.NET Core reads the ring at first use and about once a day after, off the hot path.
    public IReadOnlyCollection<XElement> GetAllElements() => Task.Run(async () =>
    {
        await using var session = store.QuerySession();
        return (await session.Query<DataProtectionKey>().ToListAsync()).Select(k => XElement.Parse(k.Xml)).ToList();
    }).GetAwaiter().GetResult();

    public void StoreElement(XElement element, string friendlyName) => Task.Run(async () =>
    {
        await using var session = store.LightweightSession();
        session.Store(new DataProtectionKey(friendlyName, element.ToString(SaveOptions.DisableFormatting)));
        await session.SaveChangesAsync();
    }).GetAwaiter().GetResult();

    public static void AddTo(IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddOptions<KeyManagementOptions>().Configure<DocumentStore>((o, store) => o.XmlRepository = new DatabaseKeyRing(store));
    }
}
