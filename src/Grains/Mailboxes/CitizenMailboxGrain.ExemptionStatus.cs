using DigitalPost.Grains.Interfaces.Mailboxes;

namespace DigitalPost.Grains.Mailboxes;

public sealed partial class CitizenMailboxGrain
{
    /// <summary>
    /// The exemption alone, so municipality staff can see whether a citizen is exempt without any other access to the
    /// mailbox (<see cref="IMailboxGrain.GetProfileAsync"/> refuses them: they may read no messages or settings).
    /// </summary>
    public Task<ExemptionRecord?> GetExemptionAsync(ActorContext actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var allowed = actor.Kind is ActorKind.MunicipalityStaff or ActorKind.System || (actor.Kind == ActorKind.Person && IsOwner(actor));
        if (!allowed)
        {
            throw new MailboxActionException(MailboxErrorCode.NotAuthorised, "Only the citizen or a municipality reads the exemption status.");
        }

        return Task.FromResult(State.Exemption);
    }
}
