using System.Text.Json;
using CapabilityAssessment.Access;
using CapabilityAssessment.Instruments;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Fieldwork;

[Collection("app")]
public sealed class collecting_responses(AppFixture app)
{
    private InstrumentDefinition Dcvn => app.Host.Services.GetRequiredService<InstrumentCatalog>().Get("dcvn", 1)!;

    private object[] AnswersFor(params string[] modules) =>
        Dcvn.Modules.Where(m => modules.Contains(m.Key))
            .SelectMany(m => m.Constructs).SelectMany(c => Dcvn.FindConstruct(c)!.Items)
            .Select((item, i) => (object)new { itemId = item.Id, value = i % 5 + 1 }).ToArray();

    [Fact]
    public async Task one_respondent_answers_everything_submits_and_the_assessment_closes_by_itself()
    {
        var consultant = await AssessmentClient.Consultant(app.Host, "acme");
        var (id, token) = await consultant.Start();
        var respondent = consultant.As(token);

        var saved =
            await respondent.Data("mutation($s: ID!, $a: [AnswerInput!]!) { saveAnswers(saveId: $s, expectedVersion: " +
            "2, answers: $a) { version } }",
            new { s = Guid.NewGuid(), a = AnswersFor(Dcvn.Modules.Select(m => m.Key).ToArray()) });
        Assert.Equal(3, saved.GetProperty("saveAnswers").GetProperty("version").GetInt64());
        await respondent.Data("mutation { submitResponse { version } }");

        var view =
            await consultant.Data("query($id: ID!) { assessment(id: $id) { status respondents { submittedAt progress " +
            "{ answered total } } } }", new { id });
        Assert.Equal("CLOSED", view.GetProperty("assessment").GetProperty("status").GetString());
        var progress = view.GetProperty("assessment")
            .GetProperty("respondents")[0]
            .GetProperty("progress")
            .EnumerateArray()
            .ToList();
        Assert.All(progress, p => Assert.Equal(p.GetProperty("total").GetInt32(),
            p.GetProperty("answered").GetInt32()));
    }

    [Fact]
    public async Task three_respondents_answer_their_own_modules_and_the_consultant_closes_after_one_submitted()
    {
        var consultant = await AssessmentClient.Consultant(app.Host, "acme");
        var (id, mdToken) = await consultant.Start();
        var invite = "mutation($id: ID!, $r: String!) { inviteRespondent(assessmentId: $id, role: $r) { token role } }";
        var teamToken = (await consultant.Data(invite, new { id, r = "management_team" }))
            .GetProperty("inviteRespondent")
            .GetProperty("token")
            .GetString();
        var headToken = (await consultant.Data(invite, new { id, r = "function_head" }))
            .GetProperty("inviteRespondent")
            .GetProperty("token")
            .GetString();

        var head = consultant.As(headToken);
        var refused = await head.Save(4, AnswersFor("cognitive").Take(1).ToArray());
        Assert.Equal(["MODULE_NOT_ASSIGNED"], AssessmentClient.Codes(refused));
        Assert.Empty(AssessmentClient.Codes(await head.Save(4, AnswersFor("organisational", "dynamic_capability"))));
        await head.Data("mutation { submitResponse { version } }");
        Assert.Empty(AssessmentClient.Codes(await consultant.As(teamToken).Save(6, AnswersFor("cognitive"))));

        await consultant.Data("mutation($id: ID!) { closeAssessment(assessmentId: $id) { version } }", new { id });
        var view = await consultant.Data("query($id: ID!) { assessment(id: $id) { status respondents { role } } }",
            new { id });
        Assert.Equal("CLOSED", view.GetProperty("assessment").GetProperty("status").GetString());
        Assert.Equal(3, view.GetProperty("assessment").GetProperty("respondents").GetArrayLength());
        var late = await consultant.As(mdToken).Save(8, AnswersFor("cognitive").Take(1).ToArray());
        Assert.Equal(["ASSESSMENT_CLOSED"], AssessmentClient.Codes(late));
    }

    [Fact]
    public async Task saves_to_different_items_merge_but_a_stale_save_to_the_same_item_is_a_conflict()
    {
        var consultant = await AssessmentClient.Consultant(app.Host, "acme");
        var (_, token) = await consultant.Start();
        var respondent = consultant.As(token);
        var tab1 = await respondent.Save(2, [new { itemId = "ca1", value = 4 }]);
        Assert.Empty(AssessmentClient.Codes(tab1));
        var tab2 = await respondent.Save(2, [new { itemId = "ca2", value = 2 }]);
        Assert.Empty(AssessmentClient.Codes(tab2));
        var stale = await respondent.Save(2, [new { itemId = "ca1", value = 1 }]);
        Assert.Equal(["ANSWER_CONFLICT"], AssessmentClient.Codes(stale));
        Assert.Contains("ca1", stale.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task resending_the_same_save_is_harmless()
    {
        var consultant = await AssessmentClient.Consultant(app.Host, "acme");
        var (_, token) = await consultant.Start();
        var respondent = consultant.As(token);
        var saveId = Guid.NewGuid();
        var first = await respondent.Save(2, [new { itemId = "ca1", value = 4 }], saveId);
        var again = await respondent.Save(2, [new { itemId = "ca1", value = 4 }], saveId);
        Assert.Equal(first.GetProperty("data").GetProperty("saveAnswers").GetProperty("version").GetInt64(),
            again.GetProperty("data").GetProperty("saveAnswers").GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task bad_answers_are_refused_with_codes_naming_the_field_and_nothing_is_written()
    {
        var consultant = await AssessmentClient.Consultant(app.Host, "acme");
        var (id, token) = await consultant.Start();
        var body = await consultant.As(token).Save(2, [new { itemId = "ca1", value = 3 },
            new { itemId = "nope", value = 3 }, new { itemId = "ca2", value = 9 }]);
        Assert.Equal(["UNKNOWN_ITEM", "VALUE_OUT_OF_RANGE"], AssessmentClient.Codes(body));
        Assert.Equal("answers[2].value", body.GetProperty("errors")[1].GetProperty("extensions").GetProperty("field")
            .GetString());
        var view =
            await consultant.Data("query($id: ID!) { assessment(id: $id) { version respondents { answers { " +
            "itemId } } } }", new { id });
        Assert.Equal(2, view.GetProperty("assessment").GetProperty("version").GetInt64());
        Assert.Equal(0, view.GetProperty("assessment").GetProperty("respondents")[0].GetProperty("answers")
            .GetArrayLength());
    }

    [Fact]
    public async Task submitting_with_items_missing_lists_them()
    {
        var consultant = await AssessmentClient.Consultant(app.Host, "acme");
        var (_, token) = await consultant.Start();
        var body = await consultant.As(token).Send("mutation { submitResponse { version } }");
        Assert.Equal(["MISSING_ANSWERS"], AssessmentClient.Codes(body));
        Assert.Contains("ca1", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task an_unknown_country_is_refused_naming_the_field()
    {
        var consultant = await AssessmentClient.Consultant(app.Host, "acme");
        var body =
            await consultant.Send(
            """mutation { startAssessment(instrumentVersion: 1, instrumentKey: "dcvn", firm: { name: "X", country: "XX", industry: "Z" }) { token } }""");
        Assert.Equal(["UNKNOWN_COUNTRY", "UNKNOWN_INDUSTRY"], AssessmentClient.Codes(body));
    }

    [Fact]
    public async Task a_consultant_sees_only_their_organisations_assessments()
    {
        var acme = await AssessmentClient.Consultant(app.Host, "acme-" + Guid.NewGuid());
        var other = await AssessmentClient.Consultant(app.Host, "other-" + Guid.NewGuid());
        var (id, _) = await acme.Start();

        var mine = await acme.Data("{ assessments { totalCount edges { node { id } } } }");
        Assert.Equal(id, Assert.Single(mine.GetProperty("assessments").GetProperty("edges").EnumerateArray())
            .GetProperty("node").GetProperty("id").GetGuid());
        Assert.Equal(0, (await other.Data("{ assessments { totalCount } }")).GetProperty("assessments")
            .GetProperty("totalCount").GetInt32());
        Assert.Equal(["ASSESSMENT_NOT_FOUND"],
            AssessmentClient.Codes(await other.Send("query($id: ID!) { assessment(id: $id) { id } }", new { id })));
        Assert.Equal(["ASSESSMENT_NOT_FOUND"],
            AssessmentClient.Codes(await other.Send("mutation($id: ID!) { closeAssessment(assessmentId: $id) { " +
            "version } }", new { id })));
    }

    [Fact]
    public async Task anonymous_callers_and_revoked_or_expired_keys_are_unauthenticated()
    {
        var anonymous = new AssessmentClient(app.Host, null);
        Assert.Equal(["UNAUTHENTICATED"],
            AssessmentClient.Codes(await anonymous.Send("{ assessments { totalCount } }")));
        var expired = await AssessmentClient.IssueKey(app.Host, PrincipalRole.Consultant, "acme",
            DateTimeOffset.UtcNow.AddDays(-1));
        Assert.Equal(["UNAUTHENTICATED"], AssessmentClient.Codes(await anonymous.As(expired)
            .Send("{ assessments { totalCount } }")));
        Assert.Equal(["UNAUTHENTICATED"], AssessmentClient.Codes(await anonymous.As("cak_0000_forged")
            .Send("{ assessments { totalCount } }")));
    }

    [Fact]
    public async Task a_self_service_firm_starts_without_a_consultant_and_its_first_respondent_manages_it()
    {
        var anonymous = new AssessmentClient(app.Host, null);
        var (id, token) = await anonymous.Start("orchestration");
        var owner = anonymous.As(token);
        var invited =
            await owner.Data("mutation($id: ID!) { inviteRespondent(assessmentId: $id, role: \"function_head\") " +
            "{ token } }", new { id });
        var colleague = owner.As(invited.GetProperty("inviteRespondent").GetProperty("token").GetString());
        Assert.Equal(["ASSESSMENT_NOT_FOUND"], AssessmentClient.Codes(
            await colleague.Send("mutation($id: ID!) { inviteRespondent(assessmentId: $id, role: \"function_head\") " +
                "{ token } }", new { id })));
        var view =
            await colleague.Data("query($id: ID!) { assessment(id: $id) { organisationId respondents { answers { " +
            "itemId } } } }", new { id });
        Assert.Equal(JsonValueKind.Null, view.GetProperty("assessment").GetProperty("organisationId").ValueKind);
    }
}
