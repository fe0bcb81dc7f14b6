using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.Interfaces.Mailboxes;

/// <summary>A citizen's mailbox (key <c>cpr:&lt;10 digits&gt;</c>): lifecycle, exemption and delegation on top of <see cref="IMailboxGrain"/>.</summary>
public interface ICitizenMailboxGrain : IMailboxGrain
{
    /// <summary>Registry: the person was born (or first registered) with this address.</summary>
    Task RecordBirthAsync(PostalAddress? address);

    /// <summary>Registry: the person turned 15; the mailbox opens.</summary>
    Task RecordTurnedFifteenAsync();

    /// <summary>Registry: the person died; sends are refused, grants removed, content purged after the retention period.</summary>
    Task RecordDeathAsync(DateTimeOffset diedAt);

    /// <summary>Registry: the person emigrated.</summary>
    Task RecordEmigrationAsync();

    /// <summary>Registry: the person returned to Denmark; an exemption is revoked.</summary>
    Task RecordReturnAsync(PostalAddress address);

    /// <summary>Registry: a new address (null residence keeps the current one).</summary>
    Task RecordAddressChangeAsync(PostalAddress address, Residence? residence);

    /// <summary>A person without permanent residence registers (or unregisters) voluntarily for Digital Post.</summary>
    Task SetVoluntaryRegistrationAsync(ActorContext actor, bool registered);

    /// <summary>Sets or clears the preferred print address.</summary>
    Task SetPreferredAddressAsync(ActorContext actor, PostalAddress? address);

    /// <summary>A municipality registers an exemption.</summary>
    Task<ExemptionRecord> RegisterExemptionAsync(ActorContext actor, ExemptionRequest request);

    /// <summary>The citizen (or the municipality) revokes the exemption.</summary>
    Task RevokeExemptionAsync(ActorContext actor);

    /// <summary>
    /// The exemption, or null when the citizen is not exempt: for the owner, municipality staff (the caller checks the
    /// municipality's jurisdiction, as for <see cref="RegisterExemptionAsync"/>) and the system; nothing else of the mailbox.
    /// </summary>
    Task<ExemptionRecord?> GetExemptionAsync(ActorContext actor);

    /// <summary>The owner grants read or read-and-write access to a delegate.</summary>
    Task<DelegationGrant> GrantAccessAsync(ActorContext actor, Cpr delegateCpr, AccessLevel level, DateTimeOffset? expiresAt);

    /// <summary>The owner revokes a grant (a delegate may also give up their own).</summary>
    Task RevokeGrantAsync(ActorContext actor, Guid grantId);

    /// <summary>A delegate opts in or out of notifications for this mailbox.</summary>
    Task SetDelegateNotificationsAsync(ActorContext actor, bool notify);

    /// <summary>The agency gives an estate administrator read access to a deceased person's mailbox.</summary>
    Task<DelegationGrant> GrantEstateAccessAsync(ActorContext actor, Cpr administrator, DateTimeOffset? expiresAt);

    /// <summary>
    /// The owner registers for NemSMS (a separate opt-in from notifications, allowed while exempt)
    /// with a Danish +45 number; any other number is refused with a clear error and nothing is
    /// stored. Registering again replaces the number. Delegates never change settings.
    /// </summary>
    Task<NemSmsRegistration> RegisterNemSmsAsync(ActorContext actor, string phoneNumber);

    /// <summary>The owner ends the NemSMS registration (nothing happens when there is none).</summary>
    Task UnregisterNemSmsAsync(ActorContext actor);

    /// <summary>"Mailboxes I can open" for the person owning this mailbox: own, delegated, company and estate.</summary>
    Task<IReadOnlyList<OpenableMailbox>> ListOpenableMailboxesAsync(ActorContext actor);
}
