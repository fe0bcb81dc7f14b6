using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Notifications;
using DigitalPost.Runtime;
using DigitalPost.Runtime.Storage;

namespace DigitalPost.Grains.Mailboxes;

/// <summary>A citizen's mailbox (key <c>cpr:…</c>). Lifecycle, exemption, delegation and NemSMS/mobile numbers are in the partial files.</summary>
[GrainType("citizen-mailbox")]
public sealed partial class CitizenMailboxGrain(
    [PersistentState("profile")] IPersistentState<MailboxState> profile,
    MailboxServices services)
    : MailboxGrainBase(profile, services), ICitizenMailboxGrain, IMobileNumberHolder
{
    protected override string SenderLabel => "Borger";

    /// <summary>The owner, while alive, has every right; others through grants.</summary>
    protected override AccessLevel PersonLevel(string cpr) =>
        cpr == Id.Key ? (State.Deceased ? AccessLevel.None : AccessLevel.Owner) : base.PersonLevel(cpr);

    public override async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == PurgeDeceasedReminder)
        {
            await PurgeDeceasedAsync();
            return;
        }

        await base.ReceiveReminder(reminderName, status);
    }
}
