using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Silo.Tests.EndToEnd.Support;

/// <summary>The seeded company and the person who acts for it (owner in the registry, owner access to the business mailbox).</summary>
public sealed record WorldCompany(Cvr Cvr, string Name, WorldCitizen Representative)
{
    /// <summary>The business mailbox.</summary>
    public MailboxId Mailbox => MailboxId.ForBusiness(Cvr);

    /// <summary>The dev-token subject of the representative acting for the company (<c>cvr:…/cpr:…</c>).</summary>
    public string RepresentativeSubject => $"cvr:{Cvr.Value}/cpr:{Representative.Cpr.Value}";
}
