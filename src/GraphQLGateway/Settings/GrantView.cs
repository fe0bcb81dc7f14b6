using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;

namespace DigitalPost.GraphQLGateway.Settings;

/// <summary>
/// The runtime value of the schema's <c>Grant</c> node: a grant and the mailbox it opens (a grant's global id names both).
/// Returned by <c>grantsGiven</c>, the grant mutations and <c>node(id:)</c>.
/// </summary>
public sealed record GrantView(MailboxId Mailbox, DelegationGrant Grant)
{
    /// <summary>The global id (<c>Grant:&lt;mailbox&gt;/&lt;grant id&gt;</c>).</summary>
    public string Id => Core.GlobalId.Grant(Mailbox, Grant.GrantId);

    public string DelegateCpr => Grant.DelegateCpr;

    public AccessLevel Level => Grant.Level;

    public GrantKind Kind => Grant.Kind;

    public DateTimeOffset GrantedAt => Grant.GrantedAt;

    public DateTimeOffset? ExpiresAt => Grant.ExpiresAt;

    public bool NotifyDelegate => Grant.NotifyDelegate;

    /// <inheritdoc />
    public override string ToString() => $"GrantView({Mailbox.Masked}, {Grant})";
}
