using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace CapabilityAssessment.Store;

// Marten's conventions: public static T Create(TEvent) for the first event, public T Apply(TEvent) (or void, for
// mutable aggregates) afterwards. Delegates are compiled once per event type; events with no method are skipped.
internal sealed class Aggregator<T> where T : class
{
    public static readonly Aggregator<T> Instance = new();

    private readonly ConcurrentDictionary<Type, Step> _steps = new();

    private sealed record Step(Func<object, T>? Create, Func<T, object, T>? Apply);

    public T? Fold(T? state, IEnumerable<StoredEvent> events)
    {
        foreach (var stored in events)
        {
            var step = _steps.GetOrAdd(stored.Data.GetType(), Build);
            if (state is null)
                state = step.Create?.Invoke(stored.Data) ?? (step.Apply is null ? null : step.Apply(New(), stored.Data));
            else if (step.Apply is not null)
                state = step.Apply(state, stored.Data);
        }
        return state;
    }

    private static T New() => Activator.CreateInstance(typeof(T), nonPublic: true) as T
        ?? throw new InvalidOperationException($"{typeof(T).Name} needs a static Create method or a parameterless constructor.");

    private static Step Build(Type eventType)
    {
        var create = Find(BindingFlags.Public | BindingFlags.Static, "Create", eventType, m => typeof(T).IsAssignableFrom(m.ReturnType));
        var apply = Find(BindingFlags.Public | BindingFlags.Instance, "Apply", eventType,
            m => typeof(T).IsAssignableFrom(m.ReturnType) || m.ReturnType == typeof(void));
        var e = Expression.Parameter(typeof(object), "e");
        var s = Expression.Parameter(typeof(T), "state");
        Func<object, T>? createDelegate = null;
        Func<T, object, T>? applyDelegate = null;
        if (create is not null)
        {
            var call = Expression.Call(create, Expression.Convert(e, create.GetParameters()[0].ParameterType));
            createDelegate = Expression.Lambda<Func<object, T>>(Expression.Convert(call, typeof(T)), e).Compile();
        }
        if (apply is not null)
        {
            Expression call = Expression.Call(s, apply, Expression.Convert(e, apply.GetParameters()[0].ParameterType));
            call = apply.ReturnType == typeof(void) ? Expression.Block(call, s) : Expression.Convert(call, typeof(T));
            applyDelegate = Expression.Lambda<Func<T, object, T>>(call, s, e).Compile();
        }
        return new Step(createDelegate, applyDelegate);
    }

    // The exact event type wins over a base type or interface the method also accepts.
    private static MethodInfo? Find(BindingFlags flags, string name, Type eventType, Func<MethodInfo, bool> returns) =>
        typeof(T).GetMethods(flags)
            .Where(m => m.Name == name && returns(m) && m.GetParameters() is [var p] && p.ParameterType.IsAssignableFrom(eventType))
            .OrderBy(m => m.GetParameters()[0].ParameterType == eventType ? 0 : 1)
            .FirstOrDefault();
}
