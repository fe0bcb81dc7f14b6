using DigitalPost.Grains.Interfaces.AccessLog;
using DigitalPost.Grains.Interfaces.Mailboxes;

namespace DigitalPost.Grains.Mailboxes;

public sealed partial class CitizenMailboxGrain
{
    /// <summary>
    /// The exemption alone, so municipality staff can see whether a citizen is exempt without any other access to the
    /// mailbox (<see cref="IMailboxGrain.GetProfileAsync"/> refuses them: they may read no messages or settings).
    /// A staff read is a third party looking at the citizen's affairs, so it is written to the citizen's access log
    /// (committed before the answer, like every other logged access); the owner's and the system's reads are not.
    /// </summary>
    public async Task<ExemptionRecord?> GetExemptionAsync(ActorContext actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var allowed = actor.Kind is ActorKind.MunicipalityStaff or ActorKind.System || (actor.Kind == ActorKind.Person && IsOwner(actor));
        if (!allowed)
        {
            throw new MailboxActionException(MailboxErrorCode.NotAuthorised, "Only the citizen or a municipality reads the exemption status.");
        }

        if (actor.Kind == ActorKind.MunicipalityStaff)
        {
            await Services.Database.ExecuteAsync([Log(actor, AccessAction.ExemptionStatusRead, null, State.Exemption is null ? "not exempt" : "exempt")]);
        }

        return State.Exemption;
    }
}
