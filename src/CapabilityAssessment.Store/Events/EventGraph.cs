using System.Collections.Concurrent;

namespace CapabilityAssessment.Store;

// Alias <-> type map. Appending an unregistered type registers it, as Marten does; reading an alias
// nobody registered is an error because the data cannot be turned back into an object.
internal sealed class EventGraph
{
    private readonly ConcurrentDictionary<Type, EventType> _byType = new();
    private readonly ConcurrentDictionary<string, EventType> _byAlias = new();

    public EventType Register(Type type, string? alias)
    {
        var eventType = new EventType(type, alias ?? Identifiers.SnakeCase(type.Name), $"{type.FullName}, {type.Assembly.GetName().Name}");
        if (_byAlias.TryGetValue(eventType.Alias, out var existing) && existing.Type != type)
            throw new InvalidOperationException($"Event alias '{eventType.Alias}' is already used by {existing.Type.FullName}.");
        _byType[type] = eventType;
        _byAlias[eventType.Alias] = eventType;
        return eventType;
    }

    public EventType For(Type type) => _byType.TryGetValue(type, out var known) ? known : Register(type, null);

    public EventType For(string alias) =>
        _byAlias.TryGetValue(alias, out var known) ? known : throw new UnknownEventTypeException(alias);
}

internal sealed record EventType(Type Type, string Alias, string DotnetType);
