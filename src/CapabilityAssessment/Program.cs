using CapabilityAssessment.Access;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Benchmarks;
using CapabilityAssessment.Exports;
using CapabilityAssessment.Fieldwork;
using CapabilityAssessment.Forms;
using CapabilityAssessment.GraphQL;
using CapabilityAssessment.Http;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Norms;
using CapabilityAssessment.Operations;
using CapabilityAssessment.Reports;
using CapabilityAssessment.Scoring;
using CapabilityAssessment.Storage;
using CapabilityAssessment.Telemetry;

if (args is ["instruments", ..]) return await InstrumentsCommand.RunAsync(args[1..], Console.Out);

var builder = WebApplication.CreateBuilder(args);

builder.AddJsonLogging();
builder.AddTelemetry();
builder.Services.AddServiceOptions();
builder.Services.AddHttpHardening();
builder.Services.AddAssessmentStore();
builder.Services.AddInstruments();
builder.Services.AddAccess();
builder.Services.AddFieldwork();
builder.Services.AddForms();
builder.Services.AddGraphQLApi(builder.Environment);
builder.Services.AddBenchmarks();
builder.Services.AddNorms();
builder.Services.AddExports();

var app = builder.Build();
IServiceProvider Scoped() => app.Services.CreateScope().ServiceProvider;
if (args is ["apikeys", ..]) return await ApiKeysCommand.RunAsync(app.Services, args[1..], Console.Out);
if (args is ["benchmarks", ..]) return await BenchmarksCommand.RunAsync(Scoped(), args[1..], Console.Out);
if (args is ["norms", ..]) return await NormsCommand.RunAsync(Scoped(), args[1..], Console.Out);
if (args is ["demo", ..]) return await DemoCommand.RunAsync(Scoped(), args[1..], Console.Out);
if (args is ["store", ..]) return await LegacyStoreMigration.RunAsync(Scoped(), args[1..], Console.Out);
if (args is ["rescore", ..]) return await RescoreCommand.RunAsync(Scoped(), args[1..], Console.Out);

app.UseHttpHardening();
app.UseDatabaseFaultHandling();
app.UseStaticFiles();
app.MapHealth();
app.MapGraphQLEndpoint();
app.MapFrontDoor();
app.MapForms();
app.MapReports().RequireRateLimiting(RateLimits.PerLink);
app.MapExports().RequireRateLimiting(RateLimits.PerClient);
app.MapMeasurementPages().RequireRateLimiting(RateLimits.PerClient);

await app.RunAsync();
return 0;

public partial class Program;
