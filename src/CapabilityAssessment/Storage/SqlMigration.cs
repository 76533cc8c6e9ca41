using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace CapabilityAssessment.Storage;

/// <summary>
/// One numbered SQL file of a feature. The checksum ignores line endings, so a CRLF checkout is not "modified".
/// </summary>
internal sealed partial record SqlMigration(string Source, int Id, string Name, string Sql, string Checksum)
{
    [GeneratedRegex(@"(?:^|\.)_?(\d+)_([A-Za-z0-9_\-]+)\.sql$")]
    private static partial Regex NumberedFile();

    public string FileName => $"{Id:D4}_{Name}.sql";

    /// <summary>
    /// The numbered .sql resources named under resourcePrefix (e.g. "CapabilityAssessment.Exports.Sql").
    /// </summary>
    public static IReadOnlyList<SqlMigration> Embedded(Assembly assembly, string source, string resourcePrefix)
    {
        var migrations = new List<SqlMigration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(resourcePrefix + ".", StringComparison.Ordinal)) continue;
            var match = NumberedFile().Match(resource);
            if (!match.Success) continue;
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var sql = reader.ReadToEnd().Replace("\r\n", "\n");
            var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql)));
            migrations.Add(new SqlMigration(source, int.Parse(match.Groups[1].Value,
                System.Globalization.CultureInfo.InvariantCulture), match.Groups[2].Value, sql, checksum));
        }
        if (migrations.GroupBy(m => m.Id).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
            throw new InvalidOperationException(
                $"Migration source '{source}' has two files numbered {duplicate.Key}: " +
                    $"{string.Join(", ", duplicate.Select(m => m.FileName))}.");
        return [.. migrations.OrderBy(m => m.Id)];
    }
}
