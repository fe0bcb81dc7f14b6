using DigitalPost.Grains.AccessLog;
using DigitalPost.Grains.Delivery;
using DigitalPost.Grains.Interfaces.AccessLog;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Runtime;
using DigitalPost.Runtime.Storage;
using Npgsql;

namespace DigitalPost.Grains.Mailboxes;

/// <summary>
/// What citizen, business and authority mailboxes share: profile state, authorisation, the
/// message actions, delivery and sending. Partial files hold each area.
/// </summary>
public abstract partial class MailboxGrainBase : Grain, IRemindable
{
    protected const string ReleaseHeldReminder = "release-held";
    protected const string PurgeDeletedReminder = "purge-deleted";
    protected const string PurgeDeceasedReminder = "purge-deceased";

    private readonly IPersistentState<MailboxState> _profile;
    private MailboxId? _id;
    private RecipientFacts? _facts;
    private bool _countersDirty;

    protected MailboxGrainBase(IPersistentState<MailboxState> profile, MailboxServices services)
    {
        _profile = profile;
        Services = services;
    }

    protected MailboxServices Services { get; }

    protected MailboxState State => _profile.State;

    /// <summary>This mailbox's id (the grain key).</summary>
    protected MailboxId Id => _id ??= MailboxId.Parse(GrainKey);

    protected string Key => Id.Value;

    protected DateTimeOffset Now => TimeProvider.GetUtcNow();

    /// <summary>The delivery rules' view of this mailbox, rebuilt after each profile change.</summary>
    protected RecipientFacts Facts => _facts ??= new RecipientFacts(
        Id.Kind,
        Id.Kind == MailboxKind.Citizen ? Id.Cpr.BirthDate : null,
        State.Deceased,
        State.Closed,
        State.Residence,
        State.VoluntarilyRegistered,
        State.Exemption is not null,
        State.Exemption?.ExceptionSenders.ToHashSet(StringComparer.Ordinal) ?? (IReadOnlySet<string>)new HashSet<string>(),
        State.Consents.Select(c => c.SenderCvr).ToHashSet(StringComparer.Ordinal));

    protected MailboxStatus CurrentStatus => RecipientStatusEvaluator.Evaluate(Facts, Services.Today(Now));

    /// <summary>Writes the profile (and the counters with it).</summary>
    protected async Task SaveAsync()
    {
        _facts = null;
        State.Created = true;
        await _profile.WriteStateAsync();
        _countersDirty = false;
    }

    protected void CountersChanged(Func<Interfaces.Mailboxes.MailboxCounters, Interfaces.Mailboxes.MailboxCounters> change)
    {
        State.Counters = change(State.Counters);
        _countersDirty = true;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        ReleaseInboxCache();
        // Counters change on every delivery but are only an overview: they are written with the next
        // profile change or here, so a delivery stays one round trip.
        if (_countersDirty)
        {
            await _profile.WriteStateAsync(cancellationToken);
        }
    }

    /// <summary>The access <paramref name="actor"/> has to this mailbox now.</summary>
    protected AccessLevel LevelOf(ActorContext actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Kind switch
        {
            ActorKind.System => AccessLevel.Owner,
            ActorKind.Person => PersonLevel(actor.ActorId),
            ActorKind.Authority => Id.Kind == MailboxKind.Authority && actor.ActorId == Id.Key ? AccessLevel.Owner : AccessLevel.None,
            _ => AccessLevel.None,
        };
    }

    /// <summary>A person's access: own mailbox (overridden per kind), else the best grant in force.</summary>
    protected virtual AccessLevel PersonLevel(string cpr)
    {
        var now = Now;
        var best = AccessLevel.None;
        foreach (var grant in State.Grants)
        {
            if (grant.DelegateCpr == cpr && grant.IsInForce(now) && grant.Level > best)
            {
                best = grant.Level;
            }
        }

        return best;
    }

    /// <summary>The grant through which a person acts, if any (for serving and logging).</summary>
    protected DelegationGrant? GrantOf(ActorContext actor)
    {
        if (actor.Kind != ActorKind.Person)
        {
            return null;
        }

        var now = Now;
        return State.Grants.Where(g => g.DelegateCpr == actor.ActorId && g.IsInForce(now)).OrderByDescending(g => g.Level).FirstOrDefault();
    }

    /// <summary>True when <paramref name="actor"/> is the owner (or acts for the company).</summary>
    protected bool IsOwner(ActorContext actor) => LevelOf(actor) == AccessLevel.Owner && GrantOf(actor) is null;

    protected AccessLevel Require(ActorContext actor, AccessLevel minimum, string what)
    {
        var level = LevelOf(actor);
        if (level < minimum)
        {
            throw new MailboxActionException(MailboxErrorCode.NotAuthorised, $"Not allowed to {what} in this mailbox: needs {minimum} access, the actor has {level}.");
        }

        return level;
    }

    protected NpgsqlBatchCommand Log(ActorContext actor, AccessAction action, Guid? messageUuid = null, string? detail = null) =>
        AccessLogStore.AppendCommand(Key, Now, actor, action, messageUuid, detail);

    protected Task PublishAsync(MailboxEventKind kind, Guid? messageUuid, string? folderId, Platform platform)
    {
        // Every change the grain makes is announced here after its write, so this is where the inbox cache goes stale.
        InvalidateInboxCache();
        return Services.Streams.GetStream<MailboxEvent>(MailboxStreams.For(Id)).OnNextAsync(new MailboxEvent(kind, Key, messageUuid, folderId, Now, platform));
    }

    public virtual async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        switch (reminderName)
        {
            case ReleaseHeldReminder:
                await ReleaseHeldAsync();
                break;
            case PurgeDeletedReminder:
                await PurgeDeletedAsync();
                break;
        }
    }

    /// <summary>Registers a one-shot reminder at <paramref name="at"/> (at once when it has passed).</summary>
    protected Task ScheduleAsync(string reminderName, DateTimeOffset at)
    {
        var due = at - Now;
        return RegisterOrUpdateReminderAsync(reminderName, due < TimeSpan.Zero ? TimeSpan.Zero : due, TimeSpan.Zero);
    }
}
