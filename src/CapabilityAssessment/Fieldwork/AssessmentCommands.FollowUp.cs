using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;

namespace CapabilityAssessment.Fieldwork;

internal sealed partial class AssessmentCommands
{
    /// <summary>
    /// A self-service owner's follow-up from their report: a new self-service assessment of the same firm (same firmId,
    /// so the firm's history links them and benchmarks count it once), on the latest published version of the
    /// instrument, in the same language where it still has it, with the owner as its first respondent and owner. The
    /// caller checks that the one asking owns <paramref name="previous"/>.
    /// </summary>
    public async Task<(CommandResult Result, IssuedLink? Link)> StartFollowUpAsync(Assessment previous,
        CancellationToken ct)
    {
        var instrument = catalog.Latest(previous.Instrument.Key) ?? PinnedInstrument(previous);
        var owner = previous.FindRespondent(previous.OwnerRespondent ?? Guid.Empty);
        var role = owner is not null && instrument.Roles.Any(r => r.Key == owner.Role) ? owner.Role
            : instrument.Roles.Count > 0 ? instrument.Roles[0].Key : "respondent";
        var language = instrument.Languages.Contains(previous.Language) ? previous.Language : instrument.Languages[0];
        return await StartStreamAsync(instrument, Guid.CreateVersion7(Now), previous.FirmId, previous.Firm,
            language, null,
            $"respondent:{owner?.Id}", role, ct);
    }
}
