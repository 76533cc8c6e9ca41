using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CapabilityAssessment.Tests.Http;

/// <summary>
/// Every log line a host writes, with its state values and scopes, as text: what any provider would see.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<(LogLevel Level, string Text, Exception? Exception)> Lines { get; } = new();

    public string All => string.Join("\n", Lines.Select(l => l.Text));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose() { }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => logs._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            var text = new System.Text.StringBuilder($"{category} {formatter(state, exception)}");
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
                foreach (var (k, v) in values) text.Append($" {k}={v}");
            logs._scopes.ForEachScope((scope, sb) =>
            {
                sb.Append(" scope:").Append(scope);
                if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                    foreach (var (k, v) in pairs) sb.Append($" {k}={v}");
            }, text);
            logs.Lines.Enqueue((logLevel, text.ToString(), exception));
        }
    }
}
