using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;
using Marten;

namespace CapabilityAssessment.Fieldwork;

internal static class FieldworkSetup
{
    public static IServiceCollection AddFieldwork(this IServiceCollection services) => services
        .AddScoped<AssessmentCommands>()
        .AddSingleton<CommittedStates>()
        .AddSingleton(sp => new SaveBatches(sp.GetRequiredService<IDocumentStore>(),
            sp.GetRequiredService<InstrumentCatalog>(), sp.GetRequiredService<CommittedStates>(),
            sp.GetRequiredService<IConfiguration>().GetValue("Store:SaveCommitters", 4)))
        .AddSingleton(sp => new ClosingWrites(sp.GetService<Benchmarks.PeerContributions>(),
            sp.GetRequiredService<IConfiguration>().GetValue("Access:LinkDaysAfterClose", 180) is var days and > 0
                ? TimeSpan.FromDays(days) : null, sp.GetService<Norms.NormPinning>()))
        .AddSingleton(sp => new ClosedRebuild((session, closed, instrument, now) =>
            sp.GetRequiredService<ClosingWrites>().Closed(session, closed, instrument, now, rebuild: true)));
}
