namespace CapabilityAssessment.Store.Tests.Events;

public sealed record QuestStarted(string Name);

public sealed record MembersJoined(string[] Members);

public sealed record MembersDeparted(string[] Members);

public sealed record QuestEnded;

public sealed record NoteTaken(string Text);

// Marten's sample aggregate: immutable, built by convention from Create and Apply methods.
public sealed record Quest(string Name, IReadOnlyList<string> Members, bool Ended)
{
    public static Quest Create(QuestStarted e) => new(e.Name, [], false);

    public Quest Apply(MembersJoined e) => this with { Members = [.. Members, .. e.Members] };

    public Quest Apply(MembersDeparted e) => this with { Members = Members.Except(e.Members).ToList() };

    public Quest Apply(QuestEnded _) => this with { Ended = true };
}
