using CapabilityAssessment.Assessments;
using CapabilityAssessment.Fieldwork;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Tests.Fieldwork;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CapabilityAssessment.Tests.Assessments;

/// <summary>The daemon rewrites the assessment document after answer saves, so it is kept small (issue #13): save ids
/// as one base64 string, "don't know" only where true. Documents written before (an array of UUID strings,
/// dontKnow: false) still read, and a save id they hold is still recognised.</summary>
[Collection("app")]
public sealed class the_assessment_document(AppFixture app)
{
    [Fact]
    public async Task save_ids_are_stored_as_one_string_and_documents_of_the_earlier_shape_still_read()
    {
        var services = app.Host.Services;
        var commands = services.CreateScope().ServiceProvider.GetRequiredService<AssessmentCommands>();
        var instrument = services.GetRequiredService<InstrumentCatalog>().Latest("dcvn")!;
        var items = InstrumentForms.ItemsFor(instrument, "managing_director").Order(StringComparer.Ordinal).ToArray();
        var (id, _) = await (await AssessmentClient.Consultant(app.Host, "document")).Start();
        var respondent = (await commands.LoadAsync(id, default))!.Respondents[0].Id;
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        Assert.True((await commands.SaveAnswersAsync(id, respondent, first, 2, [new AnswerValue(items[0], 4)], default))
            .Succeeded);
        Assert.True((await commands.SaveAnswersAsync(id, respondent, second, 3,
            [new AnswerValue(items[1], null, DontKnow: true)], default)).Succeeded);

        // The daemon folds the document (AssessmentDocuments): read it once it has.
        await services.GetRequiredService<IDocumentStore>()
            .WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));
        var stored = await ScalarAsync<string>(
            "SELECT data->'respondents'->0 FROM mt_doc_assessment WHERE id = $1", id);
        Assert.Contains("\"saveIds\": \"", stored);
        Assert.DoesNotContain("\"dontKnow\": false", stored);
        Assert.Contains("\"dontKnow\": true", stored);

        // The earlier shape, as documents written before this change hold it.
        await ScalarAsync<object>($$"""
            UPDATE mt_doc_assessment
            SET data = jsonb_set(jsonb_set(data, '{respondents,0,saveIds}', '["{{first}}", "{{second}}"]'),
                '{respondents,0,answers,{{items[0]}},dontKnow}', 'false')
            WHERE id = $1
            """, id);
        var state = (await commands.LoadAsync(id, default))!;
        Assert.Equal(new[] { first, second }.Order(), state.Respondents[0].SaveIds.Order());
        Assert.False(state.Respondents[0].Answers[items[0]].DontKnow);
        Assert.True(state.Respondents[0].Answers[items[1]].DontKnow);
        // Decided against the stored document, not the state this process committed last.
        services.GetRequiredService<CommittedStates>().Forget(id);
        var again = await commands.SaveAnswersAsync(id, respondent, first, 2, [new AnswerValue(items[0], 4)], default);
        Assert.True(again.Succeeded);
        Assert.Equal(4, again.Version);
        Assert.Equal(4, (await commands.LoadAsync(id, default))!.Version);
    }

    private async Task<T> ScalarAsync<T>(string sql, Guid id)
    {
        await using var command = app.Host.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
