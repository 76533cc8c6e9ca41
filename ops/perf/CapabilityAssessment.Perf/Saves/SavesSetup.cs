namespace CapabilityAssessment.Perf.Saves;

/// <summary>
/// One respondent of the load run: their link token and the assessment version their last save returned.
/// </summary>
internal sealed class LoadRespondent(Guid assessmentId, string token)
{
    public Guid AssessmentId { get; } = assessmentId;
    public string Token { get; } = token;
    public long Version { get; set; } = 2;
}

/// <summary>
/// Creates the run's assessments through GraphQL (self-service, so no API key is needed) and reads the item ids.
/// </summary>
internal static class SavesSetup
{
    public static async Task<IReadOnlyList<string>> ItemIdsAsync(GraphQLClient gql, string instrument, string role)
    {
        var data =
            await gql.DataAsync("query($k: String!) { instrument(key: $k) { modules { roles { key } constructs { " +
            "items { id } } } } }",
            new { k = instrument });
        return [.. data.GetProperty("instrument").GetProperty("modules").EnumerateArray()
            .Where(m => m.GetProperty("roles").GetArrayLength() == 0
                        || m.GetProperty("roles").EnumerateArray().Any(r => r.GetProperty("key").GetString() == role))
            .SelectMany(m => m.GetProperty("constructs").EnumerateArray())
            .SelectMany(c => c.GetProperty("items").EnumerateArray())
            .Select(i => i.GetProperty("id").GetString()!)];
    }

    /// <summary>
    /// The first module the role answers in the latest version (module keys differ between versions).
    /// </summary>
    public static async Task<string> FirstModuleAsync(GraphQLClient gql, string instrument, string role)
    {
        var data = await gql.DataAsync("query($k: String!) { instrument(key: $k) { modules { key roles { key } } } }",
            new { k = instrument });
        return data.GetProperty("instrument").GetProperty("modules").EnumerateArray()
            .First(m => m.GetProperty("roles").GetArrayLength() == 0
                        || m.GetProperty("roles").EnumerateArray().Any(r => r.GetProperty("key").GetString() == role))
            .GetProperty("key").GetString()!;
    }

    public static async Task<IReadOnlyList<LoadRespondent>> StartAsync(GraphQLClient gql, string instrument, int count)
    {
        var started = new LoadRespondent[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var data = await gql.DataAsync("""
                mutation($i: String!, $n: String!) {
                  startAssessment(instrumentKey: $i, firm: { name: $n, country: "FI", industry: "C", employees: 40 }) { assessmentId token }
                }
                """, new { i = instrument, n = $"Load test firm {i} Oy" });
            var link = data.GetProperty("startAssessment");
            started[i] = new LoadRespondent(link.GetProperty("assessmentId").GetGuid(),
                link.GetProperty("token").GetString()!);
        });
        return started;
    }
}
