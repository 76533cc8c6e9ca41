using Npgsql;

namespace CapabilityAssessment.Store;

internal static class PreparedStatements
{
    // A batch that fails part-way makes the server skip the Parse messages after the error, but Npgsql's auto-prepare
    // bookkeeping can still count those statements as prepared; a later command on the pooled connection then fails with
    // 26000 "prepared statement _autoN does not exist" (seen in CI). Forgetting them costs one round trip, on failures only.
    // An aborted transaction refuses every command but ROLLBACK, so it is rolled back first.
    public static void ForgetAfterFailedBatch(NpgsqlConnection connection, NpgsqlTransaction? transaction = null)
    {
        try
        {
            transaction?.Rollback();
        }
        catch (Exception e) when (e is InvalidOperationException or NpgsqlException)
        {
            // Completed already, or the connection broke: nothing left to roll back.
        }
        try
        {
            connection.UnprepareAll();
        }
        catch (NpgsqlException)
        {
            // The connection is broken; the pool will not hand it out again.
        }
    }
}
