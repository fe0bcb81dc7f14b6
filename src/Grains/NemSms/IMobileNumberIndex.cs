using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Notifications;

namespace DigitalPost.Grains.NemSms;

/// <summary>
/// Which mailboxes hold a mobile number, and for what (SMS notifications, NemSMS). The numbers
/// themselves live in mailbox state; the mailbox grain keeps this index in step whenever it
/// changes its notification settings or its NemSMS registration, so an ownership declaration can
/// find every other holder. All operations are idempotent.
/// </summary>
public interface IMobileNumberIndex
{
    /// <summary>Records that <paramref name="mailbox"/> holds <paramref name="number"/> for <paramref name="purpose"/>.</summary>
    Task RegisterAsync(MailboxId mailbox, DanishMobileNumber number, MobileNumberPurpose purpose, CancellationToken cancellationToken = default);

    /// <summary>Removes that record.</summary>
    Task UnregisterAsync(MailboxId mailbox, DanishMobileNumber number, MobileNumberPurpose purpose, CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes <paramref name="numbers"/> the complete set <paramref name="mailbox"/> holds for
    /// <paramref name="purpose"/> (an empty set clears it), in one transaction. The simplest call
    /// after a settings change: pass the new list.
    /// </summary>
    Task ReplaceAsync(MailboxId mailbox, MobileNumberPurpose purpose, IReadOnlyCollection<DanishMobileNumber> numbers, CancellationToken cancellationToken = default);

    /// <summary>Every mailbox holding <paramref name="number"/>, with the purposes.</summary>
    Task<IReadOnlyList<MobileNumberHolding>> FindHoldersAsync(DanishMobileNumber number, CancellationToken cancellationToken = default);
}
