namespace DigitalPost.Grains.Interfaces.Mailboxes;

/// <summary>A NemSMS opt-in: a separate registration from notifications; allowed while exempt.</summary>
public sealed record NemSmsRegistration(string PhoneNumber, DateTimeOffset RegisteredAt)
{
    /// <inheritdoc />
    public override string ToString() => "NemSmsRegistration(****)";
}
