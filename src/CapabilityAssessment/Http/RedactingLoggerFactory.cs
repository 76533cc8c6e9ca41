using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CapabilityAssessment.Http;

/// <summary>
/// Every logger the service hands out blanks link tokens and download signatures (<see cref="Redaction"/>) in messages,
/// their values and scopes, before any provider sees them: ASP.NET Core's own request lines ("Request starting GET
/// /a/..."), the request scope's RequestPath, and whatever a library logs. At the factory, it covers every provider.
/// </summary>
internal sealed class RedactingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    public static IServiceCollection Replace(IServiceCollection services)
    {
        ServiceCollectionDescriptorExtensions.Replace(services, ServiceDescriptor.Singleton<ILoggerFactory>(sp =>
            new RedactingLoggerFactory(new LoggerFactory(sp.GetServices<ILoggerProvider>(),
                sp.GetRequiredService<IOptionsMonitor<LoggerFilterOptions>>(),
                sp.GetService<IOptions<LoggerFactoryOptions>>()))));
        return services;
    }

    public ILogger CreateLogger(string categoryName) => new Logger(inner.CreateLogger(categoryName));

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();

    private sealed class Logger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull =>
            inner.BeginScope(Redacted.Of(state));

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            if (!inner.IsEnabled(logLevel)) return;
            var message = Redaction.Text(formatter(state, exception));
            inner.Log(logLevel, eventId, Redacted.Of(state, message), exception, static (s, _) => s.ToString());
        }
    }

    /// <summary>
    /// A log state or scope with its string values redacted, read the way the JSON formatter reads states.
    /// </summary>
    private sealed class Redacted(IReadOnlyList<KeyValuePair<string, object?>> values, string text)
        : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public static Redacted Of(object? state, string? message = null)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.Select(p => KeyValuePair.Create(p.Key, Value(p.Key, p.Value))).ToList()
                : [];
            return new Redacted(values, message ?? Redaction.Text(state?.ToString() ?? ""));
        }

        private static object? Value(string key, object? value) => value switch
        {
            string s when key != "{OriginalFormat}" => Redaction.Text(s),
            PathString path => Redaction.Path(path),
            _ => value,
        };

        public KeyValuePair<string, object?> this[int index] => values[index];

        public int Count => values.Count;

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => values.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => text;
    }
}
