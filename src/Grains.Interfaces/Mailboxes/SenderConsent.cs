namespace DigitalPost.Grains.Interfaces.Mailboxes;

/// <summary>The recipient's consent to receive post from a private (company) sender.</summary>
public sealed record SenderConsent(string SenderCvr, DateTimeOffset GivenAt);
