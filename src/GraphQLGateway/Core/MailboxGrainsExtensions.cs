using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Runtime;

namespace DigitalPost.GraphQLGateway.Core;

/// <summary>Grain lookup by mailbox kind (the gateway does not reference the grain implementations).</summary>
public static class MailboxGrainsExtensions
{
    /// <summary>The mailbox grain of <paramref name="id"/>: citizen, business or authority, as <see cref="IMailboxGrain"/>.</summary>
    public static IMailboxGrain Mailbox(this IGrainFactory grains, MailboxId id)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return id.Kind switch
        {
            MailboxKind.Citizen => grains.GetGrain<ICitizenMailboxGrain>(id.Value),
            MailboxKind.Business => grains.GetGrain<IBusinessMailboxGrain>(id.Value),
            MailboxKind.Authority => grains.GetGrain<IAuthorityMailboxGrain>(id.Value),
            _ => throw new ArgumentException($"Mailbox {id.Masked} has no kind.", nameof(id)),
        };
    }

    /// <summary>A citizen's mailbox grain.</summary>
    public static ICitizenMailboxGrain CitizenMailbox(this IGrainFactory grains, Cpr cpr)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return grains.GetGrain<ICitizenMailboxGrain>(MailboxId.ForCitizen(cpr).Value);
    }

    /// <summary>A business's mailbox grain.</summary>
    public static IBusinessMailboxGrain BusinessMailbox(this IGrainFactory grains, Cvr cvr)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return grains.GetGrain<IBusinessMailboxGrain>(MailboxId.ForBusiness(cvr).Value);
    }

    /// <summary>An authority's mailbox grain.</summary>
    public static IAuthorityMailboxGrain AuthorityMailbox(this IGrainFactory grains, AuthorityId authority)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return grains.GetGrain<IAuthorityMailboxGrain>(MailboxId.ForAuthority(authority).Value);
    }
}
