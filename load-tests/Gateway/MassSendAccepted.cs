namespace DigitalPost.LoadTests.Gateway;

/// <summary>The bulk API's <c>202</c> answer to a new mass send.</summary>
/// <param name="JobId">The job's id.</param>
/// <param name="Status">The job's status when accepted.</param>
/// <param name="Recipients">Recipients the server read from the list.</param>
/// <param name="Duplicate">True when the idempotency key named a job that already existed (nothing new was started).</param>
public sealed record MassSendAccepted(string JobId, string Status, long Recipients, bool Duplicate);
