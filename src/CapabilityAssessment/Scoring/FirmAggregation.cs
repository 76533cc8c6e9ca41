using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;

namespace CapabilityAssessment.Scoring;

/// <summary>From respondents' construct scores to the firm's: the mean, or the key informant's score.</summary>
internal static class FirmAggregation
{
    /// <param name="respondents">Submitted respondents in submission order; <paramref
    /// name="scores"/> is parallel to it.</param>
    public static FirmConstructScore Construct(
        InstrumentDefinition instrument, ConstructPlan plan, IReadOnlyList<Respondent> respondents,
        IReadOnlyList<RespondentScores> scores)
    {
        var c = plan.Construct;
        var asked = new List<(Respondent Respondent, ConstructScore Score)>();
        for (var r = 0; r < respondents.Count; r++)
            if (plan.IsAskedOf(respondents[r].Role))
                asked.Add((respondents[r], scores[r].Constructs.First(s => s.Construct == c.Key)));
        var scored = asked.Where(a => a.Score.Score is not null).ToList();

        FirmConstructScore Missing(string code, string message) =>
            new(c.Key, c.Layer, null, asked.Count, 0, null, null, null, new ScoreReason(code, message));

        if (asked.Count == 0)
            return Missing(ReasonCodes.NoRespondents,
                $"No submitted respondent answers module {plan.Module?.Key ?? "(none)"}, which asks about " +
                    "this construct");
        if (plan.IsKeyInformant)
        {
            // The key informant is the first respondent (by submission) of the module's role who answered enough items.
            if (scored.Count == 0)
                return Missing(ReasonCodes.NoKeyInformantScore,
                    $"Key-informant module {plan.Module!.Key}: none of {asked.Count} respondent(s) answered " +
                        $"{plan.MinAnswered} of {plan.ItemIds.Length} items");
            var informant = scored[0];
            return new FirmConstructScore(c.Key, c.Layer, informant.Score.Score, asked.Count, 1,
                informant.Respondent.Id, null, ScoreBands.For(instrument, c, informant.Score.Score!.Value), null,
                Facets(c, [informant.Score]));
        }
        if (scored.Count == 0)
            return Missing(ReasonCodes.NoRespondentScores,
                $"None of {asked.Count} respondent(s) answered {plan.MinAnswered} of {plan.ItemIds.Length} items " +
                    "(\"don't know\" counts as unanswered)");
        var mean = scored.Average(s => s.Score.Score!.Value);
        var self = c.ReferentOrDefault == Referent.Self;
        var agreement = scored.Count >= 2 && !self
            ? WithinGroupAgreement.Rwg(plan, scored.Select(s => s.Respondent).ToList()) : null;
        var range = self ? WithinGroupAgreement.OwnScores(scored.Select(s => s.Score.Score!.Value).ToList()) : null;
        return new FirmConstructScore(c.Key, c.Layer, mean, asked.Count, scored.Count, null, agreement,
            ScoreBands.For(instrument, c, mean), null, Facets(c, asked.Select(a => a.Score).ToList()), range);
    }

    /// <summary>
    /// Each facet: the mean of the facet scores the given respondents have (those asked; a facet needs 2 answers).
    /// </summary>
    private static IReadOnlyList<FirmFacetScore>? Facets(Construct c, IReadOnlyList<ConstructScore> scores)
    {
        if (c.FacetList.Count == 0) return null;
        return c.FacetList.Select((f, i) =>
        {
            var values = scores.Select(s => s.Facets?[i].Score).OfType<double>().ToList();
            return new FirmFacetScore(f.Key, values.Count > 0 ? values.Average() : null, values.Count);
        }).ToList();
    }
}
