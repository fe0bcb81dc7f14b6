namespace DigitalPost.Grains.Interfaces.Messages;

/// <summary>Public post comes from authorities; private post from companies (with the recipient's consent).</summary>
public enum SenderKind
{
    Authority,
    Company,
    /// <summary>A citizen or business writing from its own mailbox: a reply, a new message to an authority, a forward.</summary>
    MailboxHolder,
}
