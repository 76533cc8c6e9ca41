using CapabilityAssessment.Instruments;
using Marten;

namespace CapabilityAssessment.Assessments;

/// <summary>
/// Rewrites, into the caller's session, what closing this assessment wrote (profile, peer contribution, export row),
/// keeping its pin. It is Fieldwork's ClosingWrites handed down as a value, so the export-row backfill, which sits
/// below Fieldwork, calls the one place that says what a close writes instead of a copy of it.
/// </summary>
internal sealed record ClosedRebuild(Action<IDocumentSession, Assessment, InstrumentDefinition, DateTimeOffset> Write);
