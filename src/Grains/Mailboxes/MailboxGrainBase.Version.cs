using DigitalPost.Grains.Interfaces.Mailboxes;

namespace DigitalPost.Grains.Mailboxes;

/// <summary>
/// The mailbox version (<see cref="IMailboxGrain.GetVersionAsync"/>): this activation's generation and the inbox cache's
/// stamp. The stamp is bumped exactly where the inbox cache goes stale: <see cref="PublishAsync"/> (every change the grain
/// makes, after its write), <see cref="OpenMessageAsync"/> (a read message's row changes without an event) and the
/// mass-send pipeline through <see cref="InboxCacheStamps.Invalidate"/> after each committed batch. Reading the version
/// registers the stamp in the silo's <see cref="InboxCacheStamps"/>, so a mass send reaches it even when this activation
/// never cached a page. A new activation starts a new generation: writes that happened while no activation held the
/// stamp (a mass send to an inactive mailbox) can never leave an old version current.
/// </summary>
public abstract partial class MailboxGrainBase
{
    private readonly Guid _generation = Guid.NewGuid();

    public ValueTask<MailboxVersion> GetVersionAsync() => ValueTask.FromResult(new MailboxVersion(_generation, InboxStamp.Version));
}
