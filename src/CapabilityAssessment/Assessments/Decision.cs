using CapabilityAssessment.Http;

namespace CapabilityAssessment.Assessments;

/// <summary>What a pure rule decided: the events to append, or the problems that stop anything being written.</summary>
public sealed record Decision(IReadOnlyList<object> Events, IReadOnlyList<Problem> Problems)
{
    public bool IsAccepted => Problems.Count == 0;

    public static Decision Accept(params object[] events) => new(events, []);

    public static Decision Reject(IReadOnlyList<Problem> problems) => new([], problems);

    public static Decision Reject(string code, string field, string message) =>
        new([], [new Problem(code, field, message)]);
}
