using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring.Measurement;

namespace CapabilityAssessment.Scoring.Change;

/// <summary>
/// Per construct, the change of a firm's score from one profile to a later one, judged against its error.
/// </summary>
internal static class FirmChanges
{
    /// <summary>
    /// The reliable change index of Jacobson &amp; Truax (1991, J. Consulting and Clinical Psychology 59:12-19):
    /// RCI = (x₂ − x₁) / S_diff with S_diff = √(SEM₁² + SEM₂²), which is their √2·SEM when both
    /// profiles share one SEM; each profile's own SEM is used because the two may come from different
    /// versions or norm releases (Maassen 2004). A change is real only when |RCI| &gt; 1.96 (two-sided
    /// 5%). Constructs follow the later profile's order; those the crosswalks do not declare
    /// comparable, without a score in either profile, or without an SEM get no RCI and a reason.
    /// </summary>
    /// <param name="semBefore">SEMs of the earlier profile by construct
    /// (ChangeErrors); absent: none yet.</param>
    public static IReadOnlyList<ConstructChange> Between(
        AssessmentProfile before, AssessmentProfile after, InstrumentDefinition afterInstrument,
        IReadOnlySet<string> comparable, IReadOnlyDictionary<string, double> semBefore,
        IReadOnlyDictionary<string, double> semAfter) =>
        after.Constructs.Select(a =>
        {
            var b = before.Constructs.FirstOrDefault(c => c.Key == a.Key);
            ConstructChange Without(double? delta, string code, string message) =>
                new(a.Key, a.Layer, b?.Score, a.Score, delta, null, null, false, new ScoreReason(code, message));

            if (b is null || !comparable.Contains(a.Key))
                return Without(null, ChangeReasons.NotComparable,
                    $"{a.Key} is not declared comparable between v{before.Instrument.Version} and " +
                        $"v{after.Instrument.Version} by the crosswalks");
            if (b.Score is not { } x1 || a.Score is not { } x2)
                return Without(null, ChangeReasons.NoScore,
                    $"{a.Key} has no score in {(b.Score is null ? "the earlier" : "the later")} profile");
            var delta = Math.Round(x2 - x1, 9);
            if (afterInstrument.FindConstruct(a.Key)?.IsIndex == true)
                return Without(delta, ReasonCodes.IndexNotAScale,
                    $"{a.Key} is an index: it has no measurement error to judge a change by");
            if (!semBefore.TryGetValue(a.Key, out var sem1) || !semAfter.TryGetValue(a.Key, out var sem2))
                return Without(delta, ChangeReasons.NoMeasurementError,
                    $"{a.Key} has no standard error of measurement yet (its profiles are pinned to a norm release " +
                        "once one exists), so the change cannot be judged");
            var rc = ReliableChange.Between(x2, sem2, x1, sem1);
            return new ConstructChange(a.Key, a.Layer, x1, x2, delta, rc.StandardError, rc.Z, rc.Reliable, null);
        }).ToList();
}
