using CapabilityAssessment.GraphQL;
using CapabilityAssessment.Http;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Storage;

var builder = WebApplication.CreateBuilder(args);

builder.AddJsonLogging();
builder.Services.AddServiceOptions();
builder.Services.AddAssessmentStore();
builder.Services.AddInstruments();
builder.Services.AddGraphQLApi(builder.Environment);
builder.Services.AddDatabaseFaultHandling();

var app = builder.Build();

app.UseDatabaseFaultHandling();
app.UseStaticFiles();
app.MapHealth();
app.MapGraphQLEndpoint();

app.Run();

public partial class Program;
