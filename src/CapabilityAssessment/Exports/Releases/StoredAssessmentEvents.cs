using System.Text.Json;
using CapabilityAssessment.Assessments;

namespace CapabilityAssessment.Exports.Releases;

/// <summary>
/// Folds assessment events as the store keeps them (aliases: the store's default, snake_case of the type name, which
/// AssessmentStorage registers) into <see cref="Assessment"/>, for releases, which read events on their own snapshot
/// connection. Saved answers are most of every stream's bytes and of a release's time, so they take a faster road with
/// the same result as <see cref="Assessment.Apply(AnswersSaved)"/>: a reader over the UTF-8 JSON instead of the
/// serializer, and one dictionary builder per save instead of one immutable copy per answer.
/// </summary>
internal static class StoredAssessmentEvents
{
    private const string AnswersSavedAlias = "answers_saved";

    private static readonly Dictionary<string, Type> Types = new()
    {
        ["assessment_started"] = typeof(AssessmentStarted), ["respondent_invited"] = typeof(RespondentInvited),
        ["firm_profile_saved"] = typeof(FirmProfileSaved), [AnswersSavedAlias] = typeof(AnswersSaved),
        ["response_submitted"] = typeof(ResponseSubmitted), ["assessment_closed"] = typeof(AssessmentClosed),
        ["assessment_reopened"] = typeof(AssessmentReopened),
    };

    public static Assessment? Fold(Assessment? state, string alias, byte[] json, JsonSerializerOptions options)
    {
        if (state is not null && alias == AnswersSavedAlias) return Apply(state, json);
        var e = JsonSerializer.Deserialize(json, Types.TryGetValue(alias, out var type) ? type
            : throw new InvalidOperationException($"An assessment stream holds an event '{alias}' that releases cannot read."), options)!;
        return state is null ? e is AssessmentStarted started ? Assessment.Create(started) : null : state.Evolve(e);
    }

    private static Assessment Apply(Assessment state, byte[] json)
    {
        var next = state with { Version = state.Version + 1 };
        var reader = new Utf8JsonReader(json);
        Guid? respondentId = null;
        Guid saveId = default;
        List<AnswerValue>? answers = null;
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("respondentId")) { reader.Read(); respondentId = reader.GetGuid(); }
            else if (reader.ValueTextEquals("saveId")) { reader.Read(); saveId = reader.GetGuid(); }
            else if (reader.ValueTextEquals("answers")) { reader.Read(); answers = Answers(ref reader); }
            else { reader.Read(); reader.Skip(); }
        }
        if (respondentId is not { } id || answers is null) throw new JsonException("An answers_saved event without respondentId or answers.");
        var index = state.Respondents.FindIndex(r => r.Id == id);
        if (index < 0) return next;
        var respondent = next.Respondents[index];
        var builder = respondent.Answers.ToBuilder();
        foreach (var a in answers)
            if (a.IsCleared) builder.Remove(a.ItemId);
            else builder[a.ItemId] = new RecordedAnswer(a.Value, a.DontKnow, next.Version);
        return next with
        {
            Respondents = next.Respondents.SetItem(index, respondent with { Answers = builder.ToImmutable(), SaveIds = respondent.SaveIds.Add(saveId) }),
        };
    }

    private static List<AnswerValue> Answers(ref Utf8JsonReader reader)
    {
        var answers = new List<AnswerValue>(96);
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            string? item = null;
            int? value = null;
            var dontKnow = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("itemId")) { reader.Read(); item = reader.GetString(); }
                else if (reader.ValueTextEquals("value")) { reader.Read(); value = reader.TokenType == JsonTokenType.Null ? null : reader.GetInt32(); }
                else if (reader.ValueTextEquals("dontKnow")) { reader.Read(); dontKnow = reader.GetBoolean(); }
                else { reader.Read(); reader.Skip(); }
            }
            answers.Add(new AnswerValue(item ?? throw new JsonException("An answer without itemId."), value, dontKnow));
        }
        return answers;
    }
}
