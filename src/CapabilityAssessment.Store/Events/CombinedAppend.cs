using Npgsql;
using NpgsqlTypes;

namespace CapabilityAssessment.Store;

// Folds the single-event, expected-version appends of a combined batch (the usual unit of work) into one command, so
// the server plans and runs one statement instead of one per unit. Only when no two appends of the batch touch the
// same stream: then the order between the folded appends and the batch's other commands cannot matter.
internal static class CombinedAppend
{
    public static IEnumerable<NpgsqlBatchCommand> Commands(DocumentStore store, IEnumerable<StorageOperation> operations)
    {
        var all = operations.ToList();
        var appends = all.OfType<AppendOperation>().ToList();
        var folded = appends.Where(a => a.IsSingleExpected).ToList();
        if (folded.Count < 2 || appends.DistinctBy(a => a.StreamId).Count() != appends.Count)
            return all.Select(o => o.Command);
        var events = folded.Select(a => a.Single).ToList();
        var command = new NpgsqlBatchCommand(store.EventSql.CombinedAppend);
        var p = command.Parameters;
        p.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. folded.Select(a => a.StreamId)] });
        p.Add(new NpgsqlParameter<long[]> { TypedValue = [.. folded.Select(a => a.Expected)] });
        p.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. events.Select(e => e.Id)] });
        p.Add(new NpgsqlParameter<string[]> { TypedValue = [.. events.Select(e => e.Type)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        p.Add(new NpgsqlParameter<string[]> { TypedValue = [.. events.Select(e => e.Data)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb });
        p.Add(new NpgsqlParameter<string[]> { TypedValue = [.. events.Select(e => e.DotnetType)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        return all.Where(o => o is not AppendOperation { IsSingleExpected: true }).Select(o => o.Command).Append(command);
    }
}
