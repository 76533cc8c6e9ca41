namespace CapabilityAssessment.Tests.Access;

/// <summary>
/// Every root field of the schema, how to call it, and what each caller must get: data, or the code of the refusal.
/// A revoked or expired key is UNAUTHENTICATED everywhere. A field added to the schema
/// without a row here fails the matrix.
/// </summary>
internal static class AuthorizationMatrix
{
    private const string D = Outcomes.Data;
    private const string Forbidden = "FORBIDDEN";
    private const string Unauthenticated = "UNAUTHENTICATED";
    private const string NotFound = "ASSESSMENT_NOT_FOUND";
    private const string NoRelease = "RELEASE_NOT_FOUND";
    private const string NoFirm = "FIRM_NOT_FOUND";

    public sealed record Operation(string Field, bool IsMutation, TargetState State, string Document,
        Func<Target, AccessFixture, object?> Variables, IReadOnlyDictionary<Caller, string> Expected,
        bool TakesAssessmentId = false);

    public static readonly IReadOnlyList<Operation> Operations =
    [
        Query("serviceVersion", "{ serviceVersion }", Expect(D, D, D, D, D, D)),
        Query("instruments", "{ instruments { key } }", Expect(D, D, D, D, D, D)),
        Query("instrument", "{ instrument(key: \"dcvn\") { key } }", Expect(D, D, D, D, D, D)),
        Query("instrumentChanges", "{ instrumentChanges(key: \"dcvn\", from: 1, to: 1) { from } }",
            Expect(D, D, D, D, D, D)),
        Query("assessment", "query($id: ID!) { assessment(id: $id) { id } }",
            Expect(D, D, NotFound, NotFound, D, Unauthenticated))
                with { Variables = (t, _) => new { id = t.Id }, TakesAssessmentId = true },
        Query("assessments", "{ assessments { totalCount } }", Expect(D, D, D, Forbidden, Forbidden, Unauthenticated)),
        // A respondent of a consultant's assessment is no manager; a self-service owner sees their own
        // firm (a_follow_up_from_the_report).
        Query("firm", "query($id: ID!) { firm(id: $id) { id assessments { id } } }",
            Expect(D, D, NoFirm, Forbidden, NoFirm, Unauthenticated))
                with { Variables = (t, _) => new { id = t.FirmId }, TakesAssessmentId = true },
        Query("reliability", "{ reliability(instrumentKey: \"dcvn\", version: 1) { construct } }",
            Expect(D, Forbidden, Forbidden, D, Forbidden, Unauthenticated)),
        Query("measurementModel", "{ measurementModel(instrumentKey: \"dcvn\", version: 1) { release } }",
            Expect(D, Forbidden, Forbidden, D, Forbidden, Unauthenticated)),
        Query("norms", "{ norms(instrumentKey: \"dcvn\") { label } }", Expect(D, D, D, D, D, Unauthenticated)),
        Query("benchmark", "{ benchmark(instrumentKey: \"dcvn\", peerGroup: {}) { instrumentKey } }",
            Expect(D, D, D, D, D, Unauthenticated)),
        Query("datasetRelease", "query($id: ID!) { datasetRelease(id: $id) { id } }",
            Expect(D, NoRelease, NoRelease, D, NoRelease, Unauthenticated))
                with { Variables = (_, f) => new { id = f.ReleaseId } },

        Mutation("startAssessment", TargetState.Open,
            "mutation { startAssessment(instrumentVersion: 1, instrumentKey: \"dcvn\", firm: { name: \"Matrix Oy\", " +
                "country: \"FI\", industry: \"C\" }) { assessmentId } }",
            Expect(D, D, D, Forbidden, Forbidden, D)),
        Mutation("inviteRespondent", TargetState.Open,
            "mutation($id: ID!) { inviteRespondent(assessmentId: $id, role: \"function_head\") { token } }",
            Expect(D, D, NotFound, Forbidden, NotFound, Unauthenticated))
                with { Variables = (t, _) => new { id = t.Id }, TakesAssessmentId = true },
        Mutation("nameFirmContact", TargetState.Open,
            "mutation($id: ID!) { nameFirmContact(assessmentId: $id, name: \"Matrix Contact\") { token } }",
            Expect(D, D, NotFound, Forbidden, NotFound, Unauthenticated))
                with { Variables = (t, _) => new { id = t.Id }, TakesAssessmentId = true },
        Mutation("saveAnswers", TargetState.Open,
            "mutation($s: ID!, $a: [AnswerInput!]!) { saveAnswers(saveId: $s, expectedVersion: 2, answers: $a) { " +
                "version } }",
            Expect(Forbidden, Forbidden, Forbidden, Forbidden, D, Unauthenticated))
                with { Variables = (_, f) => new { s = Guid.NewGuid(), a = f.AllAnswers[..1] } },
        Mutation("submitResponse", TargetState.Answered, "mutation { submitResponse { version } }",
            Expect(Forbidden, Forbidden, Forbidden, Forbidden, D, Unauthenticated)),
        Mutation("closeAssessment", TargetState.OneOfTwoSubmitted,
            "mutation($id: ID!) { closeAssessment(assessmentId: $id) { version } }",
            Expect(D, D, NotFound, Forbidden, NotFound, Unauthenticated))
                with { Variables = (t, _) => new { id = t.Id }, TakesAssessmentId = true },
        Mutation("revokeRespondentLink", TargetState.OneOfTwoSubmitted,
            "mutation($id: ID!, $r: ID!) { revokeRespondentLink(assessmentId: $id, respondentId: $r) { version } }",
            Expect(D, D, NotFound, Forbidden, NotFound, Unauthenticated))
            with { Variables = (t, _) => new { id = t.Id, r = t.Colleague }, TakesAssessmentId = true },
        Mutation("reopenAssessment", TargetState.Closed,
            "mutation($id: ID!) { reopenAssessment(assessmentId: $id, reason: \"the matrix\") { version } }",
            Expect(D, D, NotFound, Forbidden, NotFound, Unauthenticated))
                with { Variables = (t, _) => new { id = t.Id }, TakesAssessmentId = true },
        Mutation("requestDatasetRelease", TargetState.Open,
            "mutation { requestDatasetRelease(instrumentKey: \"dcvn\", from: \"2020-01-01T00:00:00Z\", to: " +
                "\"2020-01-02T00:00:00Z\") { id } }",
            Expect(Forbidden, Forbidden, Forbidden, D, Forbidden, Unauthenticated)),
    ];

    private static Operation Query(string field, string document, IReadOnlyDictionary<Caller, string> expected) =>
        new(field, false, TargetState.Open, document, (_, _) => null, expected);

    private static Operation Mutation(string field, TargetState state, string document,
        IReadOnlyDictionary<Caller, string> expected) =>
        new(field, true, state, document, (_, _) => null, expected);

    private static Dictionary<Caller, string> Expect(string admin, string consultant, string otherConsultant,
        string researcher, string respondent, string anonymous) => new()
    {
        [Caller.Admin] = admin, [Caller.Consultant] = consultant, [Caller.OtherConsultant] = otherConsultant,
        [Caller.Researcher] = researcher, [Caller.Respondent] = respondent, [Caller.Anonymous] = anonymous,
        [Caller.RevokedKey] = Unauthenticated, [Caller.ExpiredKey] = Unauthenticated,
    };
}
