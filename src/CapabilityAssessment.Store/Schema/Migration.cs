using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace CapabilityAssessment.Store;

// One numbered SQL file. The checksum ignores line endings so a checkout with CRLF is not "modified".
internal sealed partial record Migration(string Source, int Id, string Name, string Sql, string Checksum)
{
    public const string StoreSource = "store";

    [GeneratedRegex(@"(?:^|\.)_?(\d+)_([A-Za-z0-9_\-]+)\.sql$")]
    private static partial Regex NumberedFile();

    public string FileName => $"{Id:D4}_{Name}.sql";

    public static IReadOnlyList<Migration> Embedded(Assembly assembly, string source, string? resourcePrefix = null)
    {
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (resourcePrefix is not null && !resource.StartsWith(resourcePrefix + ".", StringComparison.Ordinal)) continue;
            var match = NumberedFile().Match(resource);
            if (!match.Success) continue;
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var sql = reader.ReadToEnd().Replace("\r\n", "\n");
            var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql)));
            migrations.Add(new Migration(source, int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                match.Groups[2].Value, sql, checksum));
        }
        var duplicate = migrations.GroupBy(m => m.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidOperationException($"Migration source '{source}' has two files numbered {duplicate.Key}: {string.Join(", ", duplicate.Select(m => m.FileName))}.");
        return migrations.OrderBy(m => m.Id).ToList();
    }

    public static IReadOnlyList<Migration> All(StoreOptions options) =>
        Embedded(typeof(Migration).Assembly, StoreSource)
            .Concat(options.HostMigrations.SelectMany(h => Embedded(h.Assembly, h.Source, h.Prefix)))
            .ToList();
}
