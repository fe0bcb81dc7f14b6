using DigitalPost.LoadTests.Harness;

namespace DigitalPost.LoadTests.Scenarios.LiveSync;

/// <summary>What one action measured: A's mutation (response, round trip) and B's event (response and latency from the send; null when the mutation failed).</summary>
internal sealed record LiveSyncOutcome(Response Mutation, TimeSpan MutationLatency, Response? Event, TimeSpan EventLatency);
