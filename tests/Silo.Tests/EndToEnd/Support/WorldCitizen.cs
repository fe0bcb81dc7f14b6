using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Silo.Tests.EndToEnd.Support;

/// <summary>A person of the seeded world.</summary>
/// <param name="Cpr">The CPR number.</param>
/// <param name="Name">First and last name as registered.</param>
public sealed record WorldCitizen(Cpr Cpr, string Name)
{
    /// <summary>The person's own mailbox.</summary>
    public MailboxId Mailbox => MailboxId.ForCitizen(Cpr);

    /// <summary>The dev-token subject of the person (<c>cpr:…</c>).</summary>
    public string Subject => "cpr:" + Cpr.Value;

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Cpr.Masked})";
}
