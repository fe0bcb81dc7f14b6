namespace DigitalPost.Grains.Interfaces.Mailboxes;

/// <summary>Access to a mailbox given to another person.</summary>
public sealed record DelegationGrant(Guid GrantId, string DelegateCpr, AccessLevel Level, GrantKind Kind, DateTimeOffset GrantedAt, DateTimeOffset? ExpiresAt, bool NotifyDelegate)
{
    /// <summary>True when the grant is in force at <paramref name="now"/>.</summary>
    public bool IsInForce(DateTimeOffset now) => ExpiresAt is null || ExpiresAt > now;

    /// <inheritdoc />
    public override string ToString() => $"DelegationGrant({GrantId}, {Kind}, {Level})";
}
