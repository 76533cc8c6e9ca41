namespace CapabilityAssessment.Reports;

/// <summary>
/// "Since your last assessment": per construct then, now, the change and whether it is real, in words.
/// </summary>
internal sealed record ChangeSection(
    string Title, string Intro, string Caption, string AreaHeading, string ThenHeading, string NowHeading,
    string DeltaHeading, string RciHeading, string VerdictHeading, IReadOnlyList<ChangeRow> Rows,
    IReadOnlyList<string> Notes);

/// <summary>Real: |RCI| beyond 1.96; Verdict says so, or why the change is not judged.</summary>
internal sealed record ChangeRow(string Id, string Title, string Then, string Now, string Delta, string Rci,
    string Verdict, bool Real);

/// <summary>The self-service owner's way to a follow-up assessment (the page only; never printed).</summary>
internal sealed record FollowUpForm(string Action, string Title, string Text, string Button, string TokenField,
    string Token);
