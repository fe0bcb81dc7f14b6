using DigitalPost.Grains.Interfaces.AccessLog;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Notifications;
using DigitalPost.Grains.Notifications;

namespace DigitalPost.Grains.Mailboxes;

public sealed partial class CitizenMailboxGrain
{
    public async Task<NemSmsRegistration> RegisterNemSmsAsync(ActorContext actor, string phoneNumber)
    {
        RequireSettingsOwner(actor, "register for NemSMS");
        if (State.Deceased || State.Closed)
        {
            throw new MailboxActionException(MailboxErrorCode.MailboxClosed, "The mailbox is closed.");
        }

        // +45 only, checked before anything is stored. An exemption does not matter: NemSMS works while exempt.
        var number = NormaliseAddresses(() => NotificationSettingsValidator.NormaliseNemSmsNumber(phoneNumber ?? string.Empty));
        if (State.NemSms is { } current && current.PhoneNumber == number)
        {
            return current;
        }

        var registration = new NemSmsRegistration(number, Now);
        State.NemSms = registration;
        await SaveAsync();
        await Services.Database.ExecuteAsync([Log(actor, AccessAction.SettingChanged, null, "nemsms registered")]);
        await Services.MobileNumbers.ReplaceAsync(Id, MobileNumberPurpose.NemSms, [DanishMobileNumber.Parse(number)]);
        await PublishAsync(MailboxEventKind.SettingsChanged, null, null, actor.Platform);
        return registration;
    }

    public async Task UnregisterNemSmsAsync(ActorContext actor)
    {
        RequireSettingsOwner(actor, "end the NemSMS registration");
        if (State.NemSms is null)
        {
            return;
        }

        State.NemSms = null;
        await SaveAsync();
        await Services.Database.ExecuteAsync([Log(actor, AccessAction.SettingChanged, null, "nemsms unregistered")]);
        await Services.MobileNumbers.ReplaceAsync(Id, MobileNumberPurpose.NemSms, []);
        await PublishAsync(MailboxEventKind.SettingsChanged, null, null, actor.Platform);
    }

    public async Task<IReadOnlyList<MobileNumberPurpose>> ReleaseMobileNumberAsync(string phoneNumber, string declaredBy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(declaredBy);
        var number = DanishMobileNumber.Parse(phoneNumber);
        var removed = new List<MobileNumberPurpose>();
        if (State.NemSms is { } registration && Holds(registration.PhoneNumber, number))
        {
            State.NemSms = null;
            removed.Add(MobileNumberPurpose.NemSms);
        }

        var phones = State.Notifications.PhoneNumbers;
        if (phones.Any(p => Holds(p, number)))
        {
            State.Notifications = State.Notifications with { PhoneNumbers = [.. phones.Where(p => !Holds(p, number))] };
            removed.Add(MobileNumberPurpose.Notification);
        }

        if (removed.Count > 0)
        {
            await SaveAsync();

            // The declarant's identity is theirs, not this mailbox's: the entry says only that another person declared it.
            var detail = $"mobile number {number.Masked} removed from {string.Join(" and ", removed.Select(PurposeName))}: declared by another person as theirs";
            await Services.Database.ExecuteAsync([Log(ActorContext.System(), AccessAction.SettingChanged, null, detail)]);
            await PublishAsync(MailboxEventKind.SettingsChanged, null, null, Platform.Internal);
        }

        // Both purposes, even when the state held neither: a stale index entry goes too (idempotent).
        await Services.MobileNumbers.UnregisterAsync(Id, number, MobileNumberPurpose.NemSms);
        await Services.MobileNumbers.UnregisterAsync(Id, number, MobileNumberPurpose.Notification);
        return removed;
    }

    /// <summary>Settings are the owner's alone: a delegate never changes them, whatever their grant.</summary>
    private void RequireSettingsOwner(ActorContext actor, string what)
    {
        Require(actor, AccessLevel.Owner, what);
        if (GrantOf(actor) is not null)
        {
            throw new MailboxActionException(MailboxErrorCode.NotAuthorised, "Delegates may never change settings.");
        }
    }

    /// <summary>Stored numbers are canonical since the normaliser; older or odd ones compare by their parsed form.</summary>
    private static bool Holds(string stored, DanishMobileNumber number) =>
        stored == number.Value || (DanishMobileNumber.TryParse(stored, out var parsed) && parsed.Value == number.Value);

    private static string PurposeName(MobileNumberPurpose purpose) => purpose == MobileNumberPurpose.NemSms ? "NemSMS" : "notifications";
}
