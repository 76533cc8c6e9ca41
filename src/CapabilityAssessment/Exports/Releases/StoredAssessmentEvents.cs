using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using CapabilityAssessment.Assessments;

namespace CapabilityAssessment.Exports.Releases;

/// <summary>
/// Folds assessment events as the store keeps them (aliases: the store's default, snake_case of the type name, which
/// AssessmentStorage registers) into <see cref="Assessment"/>, for releases, which read events on their own snapshot
/// connection. Saved answers are most of every stream's bytes and of a release's time, so they take a faster road with
/// the same result as <see cref="Assessment.Apply(AnswersSaved)"/>: a reader over the UTF-8 JSON straight into one
/// dictionary builder per save (no event object, no immutable copy per answer), with item ids shared, not allocated per answer.
/// One instance per reader: it is not thread-safe.
/// </summary>
internal sealed class StoredAssessmentEvents(JsonSerializerOptions options)
{
    private const string AnswersSavedAlias = "answers_saved";
    private const int MaxItemIds = 10_000;

    private static readonly Dictionary<string, Type> Types = new()
    {
        ["assessment_started"] = typeof(AssessmentStarted), ["respondent_invited"] = typeof(RespondentInvited),
        ["firm_profile_saved"] = typeof(FirmProfileSaved), [AnswersSavedAlias] = typeof(AnswersSaved),
        ["response_submitted"] = typeof(ResponseSubmitted), ["assessment_closed"] = typeof(AssessmentClosed),
        ["assessment_reopened"] = typeof(AssessmentReopened),
    };

    private readonly Dictionary<string, string> _itemIds = new(StringComparer.Ordinal);

    public Assessment? Fold(Assessment? state, string alias, ReadOnlySpan<byte> json)
    {
        if (state is not null && alias == AnswersSavedAlias) return Apply(state, json);
        var e = JsonSerializer.Deserialize(json, Types.TryGetValue(alias, out var type) ? type
            : throw new InvalidOperationException($"An assessment stream holds an event '{alias}' that releases cannot read."), options)!;
        return state is null ? e is AssessmentStarted started ? Assessment.Create(started) : null : state.Evolve(e);
    }

    private Assessment Apply(Assessment state, ReadOnlySpan<byte> json)
    {
        var next = state with { Version = state.Version + 1 };
        // The respondent may come after the answers in the JSON: collect the answers first, into a builder of nobody's.
        var answers = ImmutableDictionary.CreateBuilder<string, RecordedAnswer>();
        var cleared = new List<string>();
        Guid? respondentId = null;
        Guid saveId = default;
        var reader = new Utf8JsonReader(json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("respondentId")) { reader.Read(); respondentId = reader.GetGuid(); }
            else if (reader.ValueTextEquals("saveId")) { reader.Read(); saveId = reader.GetGuid(); }
            else if (reader.ValueTextEquals("answers")) { reader.Read(); Answers(ref reader, next.Version, answers, cleared); }
            else { reader.Read(); reader.Skip(); }
        }
        if (respondentId is not { } id) throw new JsonException("An answers_saved event without respondentId.");
        var index = state.Respondents.FindIndex(r => r.Id == id);
        if (index < 0) return next;
        var respondent = next.Respondents[index];
        ImmutableDictionary<string, RecordedAnswer> merged;
        if (respondent.Answers.IsEmpty && cleared.Count == 0) merged = answers.ToImmutable();
        else
        {
            var builder = respondent.Answers.ToBuilder();
            foreach (var item in cleared) builder.Remove(item);
            foreach (var (item, answer) in answers) builder[item] = answer;
            merged = builder.ToImmutable();
        }
        return next with
        {
            Respondents = next.Respondents.SetItem(index, respondent with { Answers = merged, SaveIds = respondent.SaveIds.Add(saveId) }),
        };
    }

    /// <summary>Answers in order: a later answer to the same item wins, and a clear removes what came before it.</summary>
    private void Answers(ref Utf8JsonReader reader, long version, ImmutableDictionary<string, RecordedAnswer>.Builder answers, List<string> cleared)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            string? item = null;
            int? value = null;
            var dontKnow = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("itemId")) { reader.Read(); item = ItemId(ref reader); }
                else if (reader.ValueTextEquals("value")) { reader.Read(); value = reader.TokenType == JsonTokenType.Null ? null : reader.GetInt32(); }
                else if (reader.ValueTextEquals("dontKnow")) { reader.Read(); dontKnow = reader.GetBoolean(); }
                else { reader.Read(); reader.Skip(); }
            }
            if (item is null) throw new JsonException("An answer without itemId.");
            if (value is null && !dontKnow) { answers.Remove(item); cleared.Add(item); }
            else answers[item] = new RecordedAnswer(value, dontKnow, version);
        }
    }

    /// <summary>The same string for the same item id in every event (there are few distinct ids, and millions of answers).</summary>
    private string ItemId(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.ValueSpan.Length > 128) return reader.GetString()!;
        Span<char> chars = stackalloc char[128];
        var length = Encoding.UTF8.GetChars(reader.ValueSpan, chars);
        var lookup = _itemIds.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(chars[..length], out var known)) return known;
        var id = new string(chars[..length]);
        if (_itemIds.Count < MaxItemIds) _itemIds[id] = id;
        return id;
    }
}
