using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.Interfaces.Mailboxes;

/// <summary>
/// Who performs an action, on whose behalf and from which platform. Every mailbox action takes one;
/// the mailbox authorises it and writes it to the access log.
/// </summary>
/// <param name="Kind">What kind of actor.</param>
/// <param name="ActorId">A CPR (persons), an authority id (authorities, municipality staff) or a fixed name (agency, system).</param>
/// <param name="Platform">The platform the action comes from.</param>
/// <param name="OnBehalfOf">The mailbox the actor acts for, when not their own (delegation, company, estate); null for self.</param>
public sealed record ActorContext(ActorKind Kind, string ActorId, Platform Platform, MailboxId? OnBehalfOf = null)
{
    /// <summary>A person acting for themselves or, with <paramref name="onBehalfOf"/>, for another mailbox.</summary>
    public static ActorContext Person(Cpr cpr, Platform platform, MailboxId? onBehalfOf = null) => new(ActorKind.Person, cpr.Value, platform, onBehalfOf);

    /// <summary>An authority's sender system.</summary>
    public static ActorContext Authority(AuthorityId authority) => new(ActorKind.Authority, authority.Value, Platform.SenderSystem);

    /// <summary>Staff of a municipality (exemptions).</summary>
    public static ActorContext Municipality(AuthorityId municipality) => new(ActorKind.MunicipalityStaff, municipality.Value, Platform.Internal);

    /// <summary>The Digital Post agency.</summary>
    public static ActorContext Agency() => new(ActorKind.Agency, "digitaliseringsstyrelsen", Platform.Internal);

    /// <summary>The platform itself.</summary>
    public static ActorContext System() => new(ActorKind.System, "system", Platform.Internal);

    /// <summary>The acting person's CPR; throws for other kinds.</summary>
    public Cpr PersonCpr => Kind == ActorKind.Person ? Cpr.Parse(ActorId) : throw new InvalidOperationException($"Actor kind {Kind} has no CPR.");

    /// <inheritdoc />
    public override string ToString() => Kind == ActorKind.Person ? $"Person({PersonCpr.Masked}, {Platform})" : $"{Kind}({ActorId}, {Platform})";
}
