using System.Text.Json;
using System.Xml.Linq;
using CapabilityAssessment.Storage;
using Marten;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace CapabilityAssessment.Access;

/// <summary>
/// One Data Protection key as ASP.NET Core writes it: an XML element under its friendly name ("key-{guid}").
/// </summary>
internal sealed record DataProtectionKey(string Id, string Xml);

/// <summary>
/// The Data Protection key ring (which protects the form's antiforgery tokens) kept in the database instead of each
/// machine's home folder, so every instance behind a load balancer accepts a form another instance served, and a
/// restarted container does not invalidate open forms. Whoever can read the database can read the keys: they are as
/// secret as the data they protect, no more.
/// </summary>
internal sealed class DatabaseKeyRing(IDocumentStore store, NpgsqlDataSource dataSource) : IXmlRepository
{
    public const string ApplicationName = "CapabilityAssessment";

    private string Table => store.Qualified(StoreTables.DataProtectionKeys);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // IXmlRepository is synchronous, and ASP.NET Core calls it holding a lock that the requests of the moment
    // wait on. So these are Npgsql's synchronous calls, which block only this thread: waiting here on async work
    // would need a second pool thread, which under load (tests start many hosts at once) can starve the pool
    // (suspected in a 30 s page stall in a full test run). The rows are Marten's document rows for
    // DataProtectionKey, read and written in the same JSON.
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = dataSource.OpenConnection();
        using var command = new NpgsqlCommand($"SELECT data FROM {Table}", connection);
        using var reader = command.ExecuteReader();
        var keys = new List<XElement>();
        while (reader.Read())
            keys.Add(XElement.Parse(JsonSerializer.Deserialize<DataProtectionKey>(reader.GetString(0), Json)!.Xml));
        return keys;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        var key = new DataProtectionKey(friendlyName, element.ToString(SaveOptions.DisableFormatting));
        using var connection = dataSource.OpenConnection();
        using var command = new NpgsqlCommand(
            $"INSERT INTO {Table} (id, data, mt_dotnet_type) VALUES ($1, $2::jsonb, $3) "
            + "ON CONFLICT (id) DO NOTHING", connection)
        {
            Parameters =
            {
                new() { Value = key.Id }, new() { Value = JsonSerializer.Serialize(key, Json) },
                new() { Value = typeof(DataProtectionKey).FullName },
            },
        };
        command.ExecuteNonQuery();
    }

    public static void AddTo(IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddOptions<KeyManagementOptions>().Configure<IDocumentStore, NpgsqlDataSource>(
            (o, store, dataSource) => o.XmlRepository = new DatabaseKeyRing(store, dataSource));
    }
}
