using DigitalPost.Grains.Interfaces.AccessLog;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;

namespace DigitalPost.Grains.Mailboxes;

public sealed partial class CitizenMailboxGrain
{
    public async Task<DelegationGrant> GrantAccessAsync(ActorContext actor, Cpr delegateCpr, AccessLevel level, DateTimeOffset? expiresAt)
    {
        Require(actor, AccessLevel.Owner, "grant access");
        RequireOwnerInPerson(actor);
        if (level is not (AccessLevel.Read or AccessLevel.ReadWrite))
        {
            throw new MailboxActionException(MailboxErrorCode.InvalidRequest, "A delegate gets read or read-and-write access.");
        }

        if (delegateCpr.Value == Id.Key)
        {
            throw new MailboxActionException(MailboxErrorCode.InvalidRequest, "A person cannot delegate to themselves.");
        }

        var now = Now;
        if (expiresAt is { } expiry && expiry <= now)
        {
            throw new MailboxActionException(MailboxErrorCode.InvalidRequest, "The expiry must lie in the future.");
        }

        // One grant per delegate: granting again replaces the level and expiry.
        var existing = State.Grants.FindIndex(g => g.Kind == GrantKind.Delegate && g.DelegateCpr == delegateCpr.Value);
        var grant = new DelegationGrant(existing >= 0 ? State.Grants[existing].GrantId : Guid.NewGuid(), delegateCpr.Value, level, GrantKind.Delegate, now, expiresAt,
            existing >= 0 && State.Grants[existing].NotifyDelegate);
        if (existing >= 0)
        {
            State.Grants[existing] = grant;
        }
        else
        {
            State.Grants.Add(grant);
        }

        await SaveAsync();
        await Services.Database.ExecuteAsync([AccessGrantIndex.UpsertCommand(Key, grant), Log(actor, AccessAction.GrantGiven, null, $"{grant.GrantId} {level}")]);
        await PublishAsync(MailboxEventKind.SettingsChanged, null, null, actor.Platform);
        return grant;
    }

    public async Task RevokeGrantAsync(ActorContext actor, Guid grantId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var grant = State.Grants.FirstOrDefault(g => g.GrantId == grantId)
            ?? throw new MailboxActionException(MailboxErrorCode.GrantNotFound, $"There is no grant {grantId}.");
        var ownGrant = actor.Kind == ActorKind.Person && actor.ActorId == grant.DelegateCpr;
        var allowed = grant.Kind == GrantKind.Estate ? actor.Kind is ActorKind.Agency or ActorKind.System || ownGrant : ownGrant || IsOwner(actor);
        if (!allowed)
        {
            throw new MailboxActionException(MailboxErrorCode.NotAuthorised, "Only the owner (or the delegate, for their own grant) revokes a grant.");
        }

        State.Grants.Remove(grant);
        await SaveAsync();
        await Services.Database.ExecuteAsync([AccessGrantIndex.RemoveCommand(Key, grantId), Log(actor, AccessAction.GrantRevoked, null, grantId.ToString())]);
        await PublishAsync(MailboxEventKind.SettingsChanged, null, null, actor.Platform);
    }

    public async Task SetDelegateNotificationsAsync(ActorContext actor, bool notify)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var index = actor.Kind == ActorKind.Person ? State.Grants.FindIndex(g => g.DelegateCpr == actor.ActorId && g.IsInForce(Now)) : -1;
        if (index < 0)
        {
            throw new MailboxActionException(MailboxErrorCode.NotAuthorised, "Only a delegate opts in to notifications for a mailbox delegated to them.");
        }

        var grant = State.Grants[index] with { NotifyDelegate = notify };
        State.Grants[index] = grant;
        await SaveAsync();
        await Services.Database.ExecuteAsync([AccessGrantIndex.UpsertCommand(Key, grant), Log(actor, AccessAction.SettingChanged, null, notify ? "delegate notifications on" : "delegate notifications off")]);
    }

    public async Task<DelegationGrant> GrantEstateAccessAsync(ActorContext actor, Cpr administrator, DateTimeOffset? expiresAt)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Kind is not (ActorKind.Agency or ActorKind.System))
        {
            throw new MailboxActionException(MailboxErrorCode.NotAuthorised, "Estate access is given by the Digital Post agency's decision.");
        }

        if (!State.Deceased || State.Closed)
        {
            throw new MailboxActionException(MailboxErrorCode.InvalidRequest, "Estate access applies to a deceased person's mailbox that still holds content.");
        }

        var grant = new DelegationGrant(Guid.NewGuid(), administrator.Value, AccessLevel.Read, GrantKind.Estate, Now, expiresAt, false);
        State.Grants.Add(grant);
        await SaveAsync();
        await Services.Database.ExecuteAsync([AccessGrantIndex.UpsertCommand(Key, grant), Log(actor, AccessAction.GrantGiven, null, $"{grant.GrantId} estate")]);
        return grant;
    }

    public Task<IReadOnlyList<OpenableMailbox>> ListOpenableMailboxesAsync(ActorContext actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Kind != ActorKind.Person || actor.ActorId != Id.Key)
        {
            throw new MailboxActionException(MailboxErrorCode.NotAuthorised, "Only the person themselves lists the mailboxes they can open.");
        }

        return Services.GrantIndex.ListAsync(Id.Cpr, Now);
    }
}
