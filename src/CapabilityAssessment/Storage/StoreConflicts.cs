using JasperFx;
using JasperFx.Events;

namespace CapabilityAssessment.Storage;

/// <summary>
/// Marten's ways of saying "someone else wrote first"; all of them reach clients as CONCURRENCY_CONFLICT.
/// </summary>
internal static class StoreConflicts
{
    public static bool IsConflict(Exception e) =>
        e is ConcurrencyException or ExistingStreamIdCollisionException or DocumentAlreadyExistsException;
}
