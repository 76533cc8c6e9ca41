namespace CapabilityAssessment.Store;

/// <summary>Thrown when a stored event carries a type alias that no registered event type uses.</summary>
public sealed class UnknownEventTypeException : InvalidOperationException
{
    /// <summary>Creates the exception for an alias.</summary>
    public UnknownEventTypeException(string alias)
        : base($"Unknown event type alias '{alias}': register it with StoreOptions.RegisterEvent<T>(\"{alias}\").") => Alias = alias;

    /// <summary>The alias read from the events table.</summary>
    public string Alias { get; }
}
