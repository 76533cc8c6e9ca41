namespace CapabilityAssessment.Assessments;

internal static class AssessmentsSetup
{
    public static IServiceCollection AddAssessments(this IServiceCollection services) => services
        .AddScoped<AssessmentCommands>()
        .AddSingleton(sp => new ClosingWrites(sp.GetService<Benchmarks.PeerContributions>()));
}
