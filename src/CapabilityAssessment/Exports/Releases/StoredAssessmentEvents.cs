using System.Text.Json;
using CapabilityAssessment.Assessments;

namespace CapabilityAssessment.Exports.Releases;

/// <summary>
/// The assessment events by the aliases the store keeps them under (AssessmentStorage registers them with the store's
/// default, snake_case of the type name). Releases read events on their own snapshot connection, so they decode them here.
/// </summary>
internal static class StoredAssessmentEvents
{
    private static readonly Dictionary<string, Type> Types = new()
    {
        ["assessment_started"] = typeof(AssessmentStarted), ["respondent_invited"] = typeof(RespondentInvited),
        ["firm_profile_saved"] = typeof(FirmProfileSaved), ["answers_saved"] = typeof(AnswersSaved),
        ["response_submitted"] = typeof(ResponseSubmitted), ["assessment_closed"] = typeof(AssessmentClosed),
        ["assessment_reopened"] = typeof(AssessmentReopened),
    };

    public static object Read(string alias, string json, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(json, Types.TryGetValue(alias, out var type) ? type
            : throw new InvalidOperationException($"An assessment stream holds an event '{alias}' that releases cannot read."), options)!;
}
