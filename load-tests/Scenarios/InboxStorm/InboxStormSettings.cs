namespace DigitalPost.LoadTests.Scenarios.InboxStorm;

/// <summary>What an <c>inbox-storm</c> run does besides its load phases.</summary>
/// <param name="Users">Distinct seeded citizens taking part (spread over the four platforms).</param>
/// <param name="MessagesPerUser">Messages each citizen is made to have before the load (idempotent; 0 sends none).</param>
/// <param name="AuthorityId">The authority sending those messages.</param>
/// <param name="SetupConcurrency">Logins and sends running at once during set-up.</param>
public sealed record InboxStormSettings(int Users, int MessagesPerUser, string AuthorityId, int SetupConcurrency);
