namespace CapabilityAssessment.Assessments;

internal static class AssessmentsSetup
{
    public static IServiceCollection AddAssessments(this IServiceCollection services) => services
        .AddScoped<AssessmentCommands>()
        .AddSingleton(sp => new SaveBatches(sp.GetRequiredService<Marten.IDocumentStore>(), sp.GetRequiredService<Instruments.InstrumentCatalog>(),
            sp.GetRequiredService<IConfiguration>().GetValue("Store:SaveCommitters", 4)))
        .AddSingleton(sp => new ClosingWrites(sp.GetService<Benchmarks.PeerContributions>(),
            sp.GetRequiredService<IConfiguration>().GetValue("Access:LinkDaysAfterClose", 180) is var days and > 0
                ? TimeSpan.FromDays(days) : null, sp.GetService<Norms.NormPinning>()));
}
