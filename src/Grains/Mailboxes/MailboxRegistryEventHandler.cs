using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Registry;
using DigitalPost.Runtime;

namespace DigitalPost.Grains.Mailboxes;

/// <summary>
/// Drives the citizen mailbox lifecycle from registry events. Each event sets a state (resident,
/// emigrated, deceased, an address), so applying one twice has the effect of once, as the
/// dispatcher's at-least-once delivery requires.
/// </summary>
public sealed class MailboxRegistryEventHandler(IGrainFactory grains, MailboxServices services) : IRegistryEventHandler
{
    public string Name => "mailboxes";

    public Task HandleAsync(RegistryEvent registryEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registryEvent);
        var mailbox = grains.GetGrain<ICitizenMailboxGrain>(MailboxId.ForCitizen(registryEvent.Cpr).Value);
        return registryEvent switch
        {
            PersonBorn born => mailbox.RecordBirthAsync(born.Address is { } a ? ToPostal(a, $"{born.FirstNames} {born.LastName}") : null),
            PersonTurnedFifteen => mailbox.RecordTurnedFifteenAsync(),
            PersonDied died => mailbox.RecordDeathAsync(services.StartOf(died.EffectiveOn)),
            PersonEmigrated => mailbox.RecordEmigrationAsync(),
            PersonReturned returned => mailbox.RecordReturnAsync(ToPostal(returned.Address, string.Empty)),
            PersonAddressChanged moved => mailbox.RecordAddressChangeAsync(ToPostal(moved.Address, string.Empty), Interfaces.Mailboxes.Residence.Resident),
            _ => Task.CompletedTask,
        };
    }

    /// <summary>The registry's address as a print address; an empty name is filled in by print from the CPR.</summary>
    public static PostalAddress ToPostal(Address address, string name)
    {
        ArgumentNullException.ThrowIfNull(address);
        return new PostalAddress(name, $"{address.Street} {address.HouseNumber}", address.Postcode, address.City);
    }
}
