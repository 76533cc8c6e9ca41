namespace CapabilityAssessment.Http;

/// <summary>A rule's broken promise: a stable code, the input field it concerns, and a message a person can act on.
/// Every layer reports bad input this way, and the transports (GraphQL, forms) answer it;
/// so it sits at the bottom.</summary>
public sealed record Problem(string Code, string Field, string Message);
