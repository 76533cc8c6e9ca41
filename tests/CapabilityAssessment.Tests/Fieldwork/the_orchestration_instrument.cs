using CapabilityAssessment.Instruments;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Fieldwork;

[Collection("app")]
public sealed class the_orchestration_instrument(AppFixture app)
{
    [Fact]
    public async Task one_respondent_completes_the_whole_orchestration_instrument_through_graphql_and_it_closes()
    {
        var orchestration = app.Host.Services.GetRequiredService<InstrumentCatalog>().Get("orchestration", 1)!;
        var items = orchestration.Modules.SelectMany(m => m.Constructs)
            .SelectMany(c => orchestration.FindConstruct(c)!.Items)
            .ToList();
        var consultant = await AssessmentClient.Consultant(app.Host, "acme");
        var (id, token) = await consultant.Start("orchestration");
        var respondent = consultant.As(token);

        // Page by page, as the form would save: each module a batch, the version carried from the previous save.
        long version = 2;
        foreach (var module in orchestration.Modules)
        {
            var answers = module.Constructs.SelectMany(c => orchestration.FindConstruct(c)!.Items)
                .Select((item, i) => i % 7 == 6 ? (object)new { itemId = item.Id, dontKnow = true }
                    : new { itemId = item.Id, value = i % 5 + 1 })
                .ToArray();
            var saved = await respondent.Save(version, answers);
            Assert.Empty(AssessmentClient.Codes(saved));
            version = saved.GetProperty("data").GetProperty("saveAnswers").GetProperty("version").GetInt64();
        }
        Assert.Equal(2 + orchestration.Modules.Count, version);
        var submitted = await respondent.Data("mutation { submitResponse { version } }");
        Assert.Equal(version + 2, submitted.GetProperty("submitResponse").GetProperty("version").GetInt64());

        var view = (await consultant.Data("""
            query($id: ID!) { assessment(id: $id) { status instrument { key version }
              respondents { role submittedAt answers { itemId } } progress { module answered total } } }
            """, new { id })).GetProperty("assessment");
        Assert.Equal("CLOSED", view.GetProperty("status").GetString());
        Assert.Equal("orchestration", view.GetProperty("instrument").GetProperty("key").GetString());
        var only = Assert.Single(view.GetProperty("respondents").EnumerateArray());
        Assert.Equal("managing_director", only.GetProperty("role").GetString());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, only.GetProperty("submittedAt").ValueKind);
        Assert.Equal(items.Select(i => i.Id).Order(), only.GetProperty("answers").EnumerateArray()
            .Select(a => a.GetProperty("itemId").GetString()).Order());
        Assert.Equal(orchestration.Modules.Select(m => m.Key),
            view.GetProperty("progress").EnumerateArray().Select(p => p.GetProperty("module").GetString()));
        Assert.All(view.GetProperty("progress").EnumerateArray(), p =>
            Assert.Equal(p.GetProperty("total").GetInt32(), p.GetProperty("answered").GetInt32()));
    }

    [Fact]
    public async Task three_respondents_answer_their_own_orchestration_modules_and_it_closes_after_the_third_submits()
    {
        var orchestration = app.Host.Services.GetRequiredService<InstrumentCatalog>().Get("orchestration", 1)!;
        var consultant = await AssessmentClient.Consultant(app.Host, "acme");
        var (id, directorToken) = await consultant.Start("orchestration");
        var invite = "mutation($id: ID!, $r: String!) { inviteRespondent(assessmentId: $id, role: $r) { token } }";
        var tokens = new List<(string Role, string Token)> { ("managing_director", directorToken) };
        foreach (var role in new[] { "management_team", "function_head" })
            tokens.Add((role, (await consultant.Data(invite, new { id, r = role })).GetProperty("inviteRespondent")
                .GetProperty("token").GetString()!));

        var version = 4L;
        foreach (var (role, token) in tokens)
        {
            var respondent = consultant.As(token);
            var answers = CapabilityAssessment.Assessments.InstrumentForms.ItemsFor(orchestration, role)
                .Select((item, i) => (object)new { itemId = item, value = i % 5 + 1 }).ToArray();
            var saved = await respondent.Save(version, answers);
            Assert.Empty(AssessmentClient.Codes(saved));
            var status = (await consultant.Data("query($id: ID!) { assessment(id: $id) { status } }", new { id }))
                .GetProperty("assessment")
                .GetProperty("status")
                .GetString();
            Assert.Equal("OPEN", status);
            version = (await respondent.Data("mutation { submitResponse { version } }"))
                .GetProperty("submitResponse")
                .GetProperty("version")
                .GetInt64();
        }

        var view =
            (await consultant.Data("query($id: ID!) { assessment(id: $id) { status respondents { role submittedAt } " +
            "profile { respondents } } }", new { id }))
            .GetProperty("assessment");
        Assert.Equal("CLOSED", view.GetProperty("status").GetString());
        Assert.Equal(3, view.GetProperty("respondents").GetArrayLength());
        Assert.Equal(3, view.GetProperty("profile").GetProperty("respondents").GetInt32());
    }
}
