namespace DigitalPost.LoadTests.Scenarios.MassSend;

/// <summary>What a <c>mass-send</c> run does.</summary>
/// <param name="Recipients">People of the seeded population the letter goes to (the first N in CPR order).</param>
/// <param name="PollInterval">How often the job's status is read.</param>
/// <param name="JobTimeout">How long the job may take from the upload to its end before the run gives up.</param>
/// <param name="IdempotencyKey">The key sent; null makes a new one per run (a new job every time).</param>
/// <param name="AuthorityId">The sending authority.</param>
public sealed record MassSendSettings(long Recipients, TimeSpan PollInterval, TimeSpan JobTimeout, string? IdempotencyKey, string AuthorityId);
