using System.Runtime.CompilerServices;

namespace CapabilityAssessment.Tests;

/// <summary>
/// Tests cut norm releases themselves (`NormPublisher.PublishAsync`), at the moment they choose: the schedule would
/// publish at start-up, racing a fixture's closings. Set before any host (or service process) reads its configuration;
/// a test of the schedule sets Norms:PublishEvery itself, which overrides this.
/// </summary>
internal static class NoScheduledNorms
{
    [ModuleInitializer]
    internal static void Switch() => Environment.SetEnvironmentVariable("Norms__PublishEvery", "00:00:00");
}
