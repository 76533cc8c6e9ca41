using System.Net.Http.Json;
using System.Text.Json;
using CapabilityAssessment.Perf.Saves;

namespace CapabilityAssessment.Perf.Crash;

/// <summary>
/// One save, sent again unchanged (same saveId, answers and expectedVersion) until the service answers it.
/// </summary>
internal sealed class ResentSave(GraphQLClient gql, LoadRespondent respondent, Guid saveId,
    Dictionary<string, int> answers, CrashTally tally)
{
    private const string Mutation =
        "mutation($s: ID!, $v: Long!, $a: [AnswerInput!]!) { saveAnswers(saveId: $s, expectedVersion: $v, answers: " +
        "$a) { version } }";

    // Answers the service gives while it (or its database) is not there yet; anything else is a verdict on the save.
    private static readonly HashSet<string> Transient = ["DATABASE_UNAVAILABLE", "CONCURRENCY_CONFLICT"];

    public Guid SaveId => saveId;
    public int Attempts { get; private set; }

    /// <summary>The new assessment version once acknowledged; null when rejected or given up on.</summary>
    public async Task<long?> UntilAnsweredAsync(TimeSpan giveUpAfter)
    {
        var variables = new { s = saveId, v = respondent.Version,
            a = answers.Select(p => new { itemId = p.Key, value = p.Value }).ToArray() };
        var deadline = DateTime.UtcNow + giveUpAfter;
        while (true)
        {
            Attempts++;
            tally.Sent();
            var (version, transient, kind) = await TryAsync(variables);
            if (version is not null) return version;
            if (!transient) { tally.Rejected(kind); return null; }
            tally.Failed(kind);
            if (DateTime.UtcNow > deadline) { tally.Abandoned(); return null; }
            await Task.Delay(250 + Random.Shared.Next(500));
        }
    }

    private async Task<(long? Version, bool Transient, string Kind)> TryAsync(object variables)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
                { Content = JsonContent.Create(new { query = Mutation, variables }) };
            request.Headers.Authorization = new("Bearer", respondent.Token);
            using var response = await gql.Http.SendAsync(request);
            if ((int)response.StatusCode >= 500 && !IsGraphQL(response))
                return (null, true, $"http_{(int)response.StatusCode}");
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            if (GraphQLClient.FirstErrorCode(body) is { } code) return (null, Transient.Contains(code), code);
            return (body.GetProperty("data").GetProperty("saveAnswers").GetProperty("version").GetInt64(), false, "");
        }
        catch (HttpRequestException e) { return (null, true, e.HttpRequestError.ToString()); }
        catch (TaskCanceledException) { return (null, true, "Timeout"); }
        catch (JsonException) { return (null, true, "TruncatedResponse"); }
        catch (IOException) { return (null, true, "ConnectionReset"); }
    }

    private static bool IsGraphQL(HttpResponseMessage response) =>
        response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true;
}
