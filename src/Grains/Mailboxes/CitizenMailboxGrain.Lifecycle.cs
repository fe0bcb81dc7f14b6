using DigitalPost.Grains.Interfaces.AccessLog;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Messages;

namespace DigitalPost.Grains.Mailboxes;

public sealed partial class CitizenMailboxGrain
{
    public async Task RecordBirthAsync(PostalAddress? address)
    {
        // A child registered without an address has no permanent residence.
        State.RegisteredAddress = address;
        State.Residence = address is null ? Residence.NoPermanentResidence : Residence.Resident;
        await SaveAsync();
        await LogStatusAsync("born");
    }

    public async Task RecordTurnedFifteenAsync()
    {
        // Age is evaluated from the CPR's birth date at each delivery; the event makes the opening
        // visible (state written, access log, live event) and is where the welcome would go.
        await SaveAsync();
        await LogStatusAsync("turned 15");
        await PublishAsync(MailboxEventKind.SettingsChanged, null, null, Platform.Internal);
    }

    public async Task RecordDeathAsync(DateTimeOffset diedAt)
    {
        if (State.Deceased)
        {
            return;
        }

        State.Deceased = true;
        State.DeceasedAt = diedAt;
        var removed = State.Grants.Where(g => g.Kind != GrantKind.Estate).ToList();
        State.Grants.RemoveAll(g => g.Kind != GrantKind.Estate);
        State.Exemption = null;
        await SaveAsync();
        var system = ActorContext.System();
        var commands = new List<Npgsql.NpgsqlBatchCommand> { AccessGrantIndex.RemoveAllCommand(Key, GrantKind.Delegate), Log(system, AccessAction.StatusChanged, null, "deceased") };
        commands.AddRange(removed.Select(g => Log(system, AccessAction.GrantRevoked, null, g.GrantId.ToString())));
        await Services.Database.ExecuteAsync(commands);
        await ScheduleAsync(PurgeDeceasedReminder, diedAt + Services.Options.DeceasedRetention);
        await PublishAsync(MailboxEventKind.SettingsChanged, null, null, Platform.Internal);
    }

    public async Task RecordEmigrationAsync()
    {
        State.Residence = Residence.Emigrated;
        await SaveAsync();
        await LogStatusAsync("emigrated");
    }

    public async Task RecordReturnAsync(PostalAddress address)
    {
        State.Residence = Residence.Resident;
        State.RegisteredAddress = address;
        var hadExemption = State.Exemption is not null;
        State.Exemption = null;
        await SaveAsync();
        await LogStatusAsync("returned to Denmark");
        if (hadExemption)
        {
            await Services.Database.ExecuteAsync([Log(ActorContext.System(), AccessAction.ExemptionRevoked, null, "returned to Denmark")]);
        }
    }

    public async Task RecordAddressChangeAsync(PostalAddress address, Residence? residence)
    {
        State.RegisteredAddress = address;
        if (residence is { } r)
        {
            State.Residence = r;
        }

        await SaveAsync();
        await LogStatusAsync("address changed");
    }

    public async Task SetVoluntaryRegistrationAsync(ActorContext actor, bool registered)
    {
        Require(actor, AccessLevel.Owner, "change settings");
        RequireOwnerInPerson(actor);
        State.VoluntarilyRegistered = registered;
        await SaveAsync();
        await Services.Database.ExecuteAsync([Log(actor, AccessAction.SettingChanged, null, registered ? "voluntary registration on" : "voluntary registration off")]);
        await PublishAsync(MailboxEventKind.SettingsChanged, null, null, actor.Platform);
    }

    public async Task SetPreferredAddressAsync(ActorContext actor, PostalAddress? address)
    {
        Require(actor, AccessLevel.Owner, "change settings");
        RequireOwnerInPerson(actor);
        State.PreferredAddress = address;
        await SaveAsync();
        await Services.Database.ExecuteAsync([Log(actor, AccessAction.SettingChanged, null, "preferred address")]);
        await PublishAsync(MailboxEventKind.SettingsChanged, null, null, actor.Platform);
    }

    private async Task PurgeDeceasedAsync()
    {
        await Services.Database.ExecuteAsync(
        [
            MessageCommands.PurgeAll(Key),
            AccessGrantIndex.RemoveAllCommand(Key),
            Log(ActorContext.System(), AccessAction.Purged, null, "deceased retention ended"),
        ]);
        State.Grants.Clear();
        State.Closed = true;
        await SaveAsync();
        await PublishAsync(MailboxEventKind.Purged, null, null, Platform.Internal);
    }

    private Task LogStatusAsync(string detail) =>
        Services.Database.ExecuteAsync([Log(ActorContext.System(), AccessAction.StatusChanged, null, detail)]);

    private void RequireOwnerInPerson(ActorContext actor)
    {
        if (actor.Kind == ActorKind.Person && GrantOf(actor) is not null)
        {
            throw new MailboxActionException(MailboxErrorCode.NotAuthorised, "Delegates may never change settings.");
        }
    }
}
