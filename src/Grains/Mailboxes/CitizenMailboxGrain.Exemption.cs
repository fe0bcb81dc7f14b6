using DigitalPost.Grains.Interfaces.AccessLog;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Messages;

namespace DigitalPost.Grains.Mailboxes;

public sealed partial class CitizenMailboxGrain
{
    public async Task<ExemptionRecord> RegisterExemptionAsync(ActorContext actor, ExemptionRequest request)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (actor.Kind != ActorKind.MunicipalityStaff)
        {
            throw new MailboxActionException(MailboxErrorCode.NotAuthorised, "Only a municipality registers an exemption.");
        }

        if (State.Deceased || State.Closed)
        {
            throw new MailboxActionException(MailboxErrorCode.MailboxClosed, "The mailbox is closed.");
        }

        var now = Now;
        var record = new ExemptionRecord(actor.ActorId, request.DiscloseCriterion ? request.Criterion : null, now, [.. request.ExceptionSenders ?? []]);
        State.Exemption = record;
        await SaveAsync();
        var commands = new List<Npgsql.NpgsqlBatchCommand> { Log(actor, AccessAction.ExemptionRegistered, null, request.DiscloseCriterion ? request.Criterion.ToString() : "criterion not disclosed") };
        if (request.ForwardUnopenedPostToPrint)
        {
            var address = PrintAddressJson();
            foreach (var unopened in await Services.Messages.ListUnopenedSinceAsync(Key, now - Services.Options.ExemptionForwardWindow))
            {
                commands.Add(MessageCommands.QueuePrint(Key, unopened.Summary.MessageUuid, unopened.Summary.SenderId, unopened.ContentSha256, address,
                    "Unopened post forwarded to print on exemption.", now));
            }
        }

        await Services.Database.ExecuteAsync(commands);
        await PublishAsync(MailboxEventKind.SettingsChanged, null, null, actor.Platform);
        return record;
    }

    public async Task RevokeExemptionAsync(ActorContext actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var allowed = actor.Kind == ActorKind.MunicipalityStaff || (actor.Kind == ActorKind.Person && IsOwner(actor)) || actor.Kind == ActorKind.System;
        if (!allowed)
        {
            throw new MailboxActionException(MailboxErrorCode.NotAuthorised, "Only the citizen (or a municipality) revokes an exemption.");
        }

        if (State.Exemption is null)
        {
            throw new MailboxActionException(MailboxErrorCode.NotExempt, "There is no exemption to revoke.");
        }

        State.Exemption = null;
        await SaveAsync();
        await Services.Database.ExecuteAsync([Log(actor, AccessAction.ExemptionRevoked)]);
        await PublishAsync(MailboxEventKind.SettingsChanged, null, null, actor.Platform);
    }
}
