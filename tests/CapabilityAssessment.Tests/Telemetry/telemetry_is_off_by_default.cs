using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CapabilityAssessment.Tests.Telemetry;

[Collection("app")]
public sealed class telemetry_is_off_by_default(AppFixture app)
{
    [Fact]
    public void without_an_exporter_no_tracer_or_meter_provider_is_built()
    {
        Assert.Null(app.Host.Services.GetService<TracerProvider>());
        Assert.Null(app.Host.Services.GetService<MeterProvider>());
    }
}
