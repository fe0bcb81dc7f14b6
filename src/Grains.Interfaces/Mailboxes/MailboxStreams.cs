using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Runtime.Streams;

namespace DigitalPost.Grains.Interfaces.Mailboxes;

/// <summary>Stream names of mailbox events.</summary>
public static class MailboxStreams
{
    /// <summary>The stream namespace; the key is the mailbox id's canonical value.</summary>
    public const string Namespace = "mailbox-events";

    /// <summary>The stream of <paramref name="mailbox"/>.</summary>
    public static StreamId For(MailboxId mailbox) => new(Namespace, mailbox.Value);
}
