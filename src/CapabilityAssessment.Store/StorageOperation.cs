using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace CapabilityAssessment.Store;

// A unit-of-work step: one command in the SaveChangesAsync batch, plus how to read its rows and
// how to recognise its own database errors as a ConcurrencyConflictException.
internal abstract partial class StorageOperation
{
    public const string ConflictSqlState = "CA409";

    public NpgsqlBatchCommand Command { get; protected init; } = null!;

    public bool ReturnsRows { get; protected init; }

    public virtual Task ReadAsync(NpgsqlDataReader reader, List<StoredEvent> appended, CancellationToken ct) => Task.CompletedTask;

    public abstract Exception? Translate(PostgresException e);

    // Npgsql does not say which batch command failed, and redacts DETAIL by default, so raise_concurrency_conflict
    // spells out target, id and both versions in its message.
    [GeneratedRegex(@"^(?<target>stream|document [A-Za-z0-9_]+) (?<id>.+) expected version (?<expected>\d+) but was (?<actual>\d+|missing)$")]
    private static partial Regex ConflictMessage();

    protected static bool IsConflict(PostgresException e, string target, string id, long? expected, out long actual)
    {
        actual = 0;
        if (e.SqlState != ConflictSqlState) return false;
        var match = ConflictMessage().Match(e.MessageText);
        if (!match.Success || match.Groups["target"].Value != target || match.Groups["id"].Value != id
            || long.Parse(match.Groups["expected"].Value, CultureInfo.InvariantCulture) != expected) return false;
        actual = match.Groups["actual"].Value == "missing" ? 0 : long.Parse(match.Groups["actual"].Value, CultureInfo.InvariantCulture);
        return true;
    }

    // The operation whose error this is: the one whose message names it, or the only one a unique violation can belong to.
    public static Exception? TranslateFor(PostgresException e, IEnumerable<StorageOperation> operations)
    {
        var conflicts = operations.Select(o => o.Translate(e)).OfType<Exception>().Take(2).ToList();
        return conflicts.Count == 1 || (conflicts.Count > 1 && e.SqlState == ConflictSqlState) ? conflicts[0] : null;
    }
}
