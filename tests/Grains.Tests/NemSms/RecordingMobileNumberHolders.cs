using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Notifications;
using DigitalPost.Grains.NemSms;

namespace DigitalPost.Grains.Tests.NemSms;

/// <summary>
/// Mailboxes' NemSMS registrations and notification settings kept in memory, releasing a number as
/// the citizen mailbox grain is specified to (<see cref="IMobileNumberHolder"/>): remove it from
/// both and update the index. <see cref="Unreachable"/> mailboxes throw instead.
/// </summary>
public sealed class RecordingMobileNumberHolders(IMobileNumberIndex index) : IMobileNumberHolders
{
    public Dictionary<MailboxId, NemSmsRegistration?> NemSms { get; } = [];

    public Dictionary<MailboxId, NotificationSettings> Settings { get; } = [];

    public HashSet<MailboxId> Unreachable { get; } = [];

    public List<(MailboxId Holder, MailboxId DeclaredBy)> Releases { get; } = [];

    public async Task<IReadOnlyList<MobileNumberPurpose>> ReleaseAsync(MailboxId holder, DanishMobileNumber number, MailboxId declaredBy, CancellationToken cancellationToken)
    {
        if (Unreachable.Contains(holder))
        {
            throw new TimeoutException("mailbox unreachable");
        }

        Releases.Add((holder, declaredBy));
        var removed = new List<MobileNumberPurpose>();
        if (NemSms.TryGetValue(holder, out var registration) && registration is not null && DanishMobileNumber.Parse(registration.PhoneNumber) == number)
        {
            NemSms[holder] = null;
            removed.Add(MobileNumberPurpose.NemSms);
            await index.UnregisterAsync(holder, number, MobileNumberPurpose.NemSms, cancellationToken);
        }

        if (Settings.TryGetValue(holder, out var settings) && settings.PhoneNumbers.Any(p => DanishMobileNumber.Parse(p) == number))
        {
            Settings[holder] = settings with { PhoneNumbers = [.. settings.PhoneNumbers.Where(p => DanishMobileNumber.Parse(p) != number)] };
            removed.Add(MobileNumberPurpose.Notification);
            await index.UnregisterAsync(holder, number, MobileNumberPurpose.Notification, cancellationToken);
        }

        return removed;
    }
}
