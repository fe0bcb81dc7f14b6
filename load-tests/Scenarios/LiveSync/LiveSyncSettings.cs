namespace DigitalPost.LoadTests.Scenarios.LiveSync;

/// <summary>What a <c>live-sync</c> run does besides its load phases.</summary>
/// <param name="Pairs">Citizens, each with a session on platform A (acting) and one on platform B (subscribed).</param>
/// <param name="EventTimeout">How long B's event may take before the iteration fails as <c>event-timeout</c>.</param>
/// <param name="AuthorityId">The authority that sends each citizen the message A marks.</param>
/// <param name="SetupConcurrency">Logins, sends and connections opened at once during set-up.</param>
public sealed record LiveSyncSettings(int Pairs, TimeSpan EventTimeout, string AuthorityId, int SetupConcurrency);
