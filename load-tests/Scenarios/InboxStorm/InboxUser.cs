using DigitalPost.LoadTests.Gateway;

namespace DigitalPost.LoadTests.Scenarios.InboxStorm;

/// <summary>One simulated citizen of the storm: who, on which platform.</summary>
/// <param name="Principal">The citizen's CPR and platform.</param>
public sealed record InboxUser(GatewayPrincipal Principal);
