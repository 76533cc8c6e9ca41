using System.Diagnostics;
using System.Text.Json;
using Alba;
using CapabilityAssessment.Tests.Fieldwork;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using OpenTelemetry;

namespace CapabilityAssessment.Tests.Telemetry;

/// <summary>
/// Telemetry enabled with the in-memory exporter. Activity sources are process-wide, so spans of tests running
/// alongside would land here too: a sampler keeps only the trace this test starts (its traceparent header).
/// </summary>
public sealed class tracing_a_graphql_request : IAsyncLifetime
{
    private readonly ActivityTraceId _trace = ActivityTraceId.CreateRandom();
    private readonly List<Activity> _spans = [];
    private TestDatabase _database = null!;
    private IAlbaHost _host = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _host = await AlbaHost.For<Program>(b =>
        {
            b.UseEnvironment("Testing");
            b.ConfigureServices(s => s.ConfigureOpenTelemetryTracerProvider(t =>
                t.SetSampler(new OnlyTrace(_trace)).AddInMemoryExporter(_spans)));
        }, ConfigurationOverride.Create(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Assessments"] = _database.ConnectionString,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Telemetry:Enabled"] = "true",
        }));
    }

    [Fact]
    public async Task one_trace_holds_the_server_span_the_graphql_operation_and_its_database_commands()
    {
        var (id, token) = await new AssessmentClient(_host, null).Start();
        var result = await _host.Scenario(s =>
        {
            s.Post.Json(new { query = "query ShowAssessment($id: ID!) { assessment(id: $id) { status } }",
                variables = new { id } }).ToUrl("/graphql");
            s.WithBearerToken(token);
            s.WithRequestHeader("traceparent", $"00-{_trace}-{ActivitySpanId.CreateRandom()}-01");
        });
        Assert.Equal("OPEN", (await result.ReadAsJsonAsync<JsonElement>()).GetProperty("data").GetProperty("assessment")
            .GetProperty("status").GetString());

        var spans = await SpansOnceTheServerSpanEnds();
        var server = Assert.Single(spans, s => s.Source.Name == "Microsoft.AspNetCore");
        Assert.Equal(ActivityKind.Server, server.Kind);
        var graphql = Assert.Single(spans, s => s.Source.Name == "CapabilityAssessment.GraphQL");
        Assert.Equal(server.SpanId, graphql.ParentSpanId);
        Assert.Equal("query ShowAssessment", graphql.DisplayName);
        Assert.Equal("query", graphql.GetTagItem("graphql.operation.type"));
        Assert.Equal(0, graphql.GetTagItem("graphql.errors.count"));
        var database = spans.Where(s => s.Source.Name == "Npgsql").ToList();
        Assert.NotEmpty(database);
        Assert.Contains(database, s => s.ParentSpanId == graphql.SpanId);
        Assert.All(spans, s => Assert.Equal(_trace, s.TraceId));
    }

    [Fact]
    public async Task a_save_is_in_the_request_trace_down_to_the_database_batch_that_writes_it()
    {
        var result = await _host.Scenario(s =>
        {
            s.Post.Json(new { query = "mutation { startAssessment(instrumentVersion: 1, instrumentKey: \"dcvn\", " +
                "firm: { name: \"Traced Oy\", country: \"FI\", industry: \"C\" }) { assessmentId } }" })
                .ToUrl("/graphql");
            s.WithRequestHeader("traceparent", $"00-{_trace}-{ActivitySpanId.CreateRandom()}-01");
            s.IgnoreStatusCode();
        });
        var body = await result.ReadAsTextAsync();
        Assert.DoesNotContain("\"errors\"", body);

        var spans = await SpansOnceTheServerSpanEnds();
        var graphql = Assert.Single(spans, s => s.Source.Name == "CapabilityAssessment.GraphQL");
        var byId = spans.ToDictionary(s => s.SpanId);
        bool Under(Activity s) =>
            s.ParentSpanId == graphql.SpanId || (byId.TryGetValue(s.ParentSpanId, out var p) && Under(p));
        // Marten sends the unit of work (the append and the projected documents) as one batch: one database span.
        var writes = spans.Where(s => s.Source.Name == "Npgsql").ToList();
        Assert.NotEmpty(writes);
        Assert.All(writes, s => Assert.True(Under(s), "every database span sits under the GraphQL operation's span"));
        Assert.All(writes, s => Assert.Equal(_trace, s.TraceId));
    }

    [Fact]
    public async Task an_operation_with_errors_counts_them_on_its_span()
    {
        await _host.Scenario(s =>
        {
            s.Post.Json(new { query = "mutation { submitResponse { version } }" }).ToUrl("/graphql");
            s.WithRequestHeader("traceparent", $"00-{_trace}-{ActivitySpanId.CreateRandom()}-01");
            s.IgnoreStatusCode();
        });
        var graphql = Assert.Single(await SpansOnceTheServerSpanEnds(), s =>
            s.Source.Name == "CapabilityAssessment.GraphQL");
        Assert.Equal("mutation", graphql.DisplayName);
        Assert.Equal(1, graphql.GetTagItem("graphql.errors.count"));
        Assert.Equal("UNAUTHENTICATED", graphql.GetTagItem("error.type"));
    }

    [Fact]
    public async Task a_link_token_is_never_in_a_span()
    {
        var token = (await CapabilityAssessment.Tests.Forms.FormBrowser.StartAsync(_host)).Token;
        await _host.Scenario(s =>
        {
            s.Get.Url($"/a/{token}?sig=SIGNATURE0123456789");
            s.WithRequestHeader("traceparent", $"00-{_trace}-{ActivitySpanId.CreateRandom()}-01");
            s.IgnoreStatusCode();
        });
        var spans = await SpansOnceTheServerSpanEnds();
        var server = Assert.Single(spans, s => s.Source.Name == "Microsoft.AspNetCore");
        Assert.Equal("/a/***", server.GetTagItem("url.path"));
        foreach (var span in spans)
        {
            Assert.DoesNotContain(token, span.DisplayName);
            Assert.All(span.TagObjects, t => Assert.DoesNotContain(token, t.Value?.ToString() ?? ""));
            Assert.All(span.TagObjects, t => Assert.DoesNotContain("SIGNATURE0123456789", t.Value?.ToString() ?? ""));
        }
    }

    // The server span ends after the response is written, so it can reach the exporter after the client has the answer.
    private async Task<Activity[]> SpansOnceTheServerSpanEnds()
    {
        for (var i = 0; i < 100; i++)
        {
            var spans = _spans.ToArray();
            if (spans.Any(s => s.Source.Name == "Microsoft.AspNetCore")) return spans;
            await Task.Delay(50);
        }
        throw new TimeoutException("No server span was exported; spans seen: " +
            string.Join(", ", _spans.ToArray().Select(s => s.DisplayName)));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    private sealed class OnlyTrace(ActivityTraceId trace) : Sampler
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<ActivityTraceId, bool> _linked = new();

        // Also the traces linked to it: the store's group commit is a trace of its own, linked to the saves it carried.
        public override SamplingResult ShouldSample(in SamplingParameters samplingParameters)
        {
            var id = samplingParameters.TraceId;
            if (id != trace && samplingParameters.Links?.Any(l => l.Context.TraceId == trace) == true)
                _linked[id] = true;
            return new(id == trace || _linked.ContainsKey(id) ? SamplingDecision.RecordAndSample
                : SamplingDecision.Drop);
        }
    }
}
