using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.Interfaces.Notifications;

/// <summary>
/// The outcome of a mobile number ownership declaration: the other mailboxes the number was
/// removed from, and those that could not be reached (declaring again retries them).
/// </summary>
public sealed record MobileNumberDeclarationResult(DanishMobileNumber Number, IReadOnlyList<MailboxId> ReleasedFrom, IReadOnlyList<MailboxId> Failed)
{
    /// <inheritdoc />
    public override string ToString() => $"MobileNumberDeclarationResult({Number.Masked}, {ReleasedFrom.Count} released, {Failed.Count} failed)";
}
