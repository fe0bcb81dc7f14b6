using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.GraphQLGateway.Authentication.Subjects;
using DigitalPost.GraphQLGateway.Localization;
using DigitalPost.GraphQLGateway.Platforms;

namespace DigitalPost.GraphQLGateway.Core;

/// <summary>
/// Who is calling: built once per HTTP request or WebSocket operation from the principal's subject and the
/// resolved platform by <see cref="GatewayViewerFactory"/>, and stored as the request's <c>UserContext</c>
/// (read it with <see cref="ResolverContextViewerExtensions.Viewer"/>). <see cref="ToString"/> is log-safe.
/// </summary>
/// <param name="Subject">The token's subject (its <c>ToString</c> masks CPRs).</param>
/// <param name="Platform">The platform of this request.</param>
/// <param name="Language">The language of error messages (Accept-Language).</param>
public sealed record GatewayViewer(GatewaySubject Subject, GatewayPlatform Platform, GatewayLanguage Language)
{
    /// <summary>The agency's authority id when none is configured (<c>Gateway:AgencyAuthorityId</c>).</summary>
    public const string DefaultAgencyAuthorityId = "digitaliseringsstyrelsen";

    /// <summary>
    /// True for an authority subject whose id is the configured agency. Set by <see cref="GatewayViewerFactory"/>,
    /// which knows the configuration.
    /// </summary>
    public bool IsAgency { get; init; }

    /// <summary>
    /// For municipality staff: the municipality's id in the authority directory (the actor id the grains record,
    /// e.g. on an exemption); null for everyone else.
    /// </summary>
    public AuthorityId? Municipality { get; init; }

    /// <summary>What kind of caller this is.</summary>
    public ViewerKind Kind => Subject switch
    {
        CitizenSubject => ViewerKind.Citizen,
        CompanyRepresentativeSubject => ViewerKind.CompanyRepresentative,
        AuthoritySubject when IsAgency => ViewerKind.Agency,
        AuthoritySubject => ViewerKind.Authority,
        _ => ViewerKind.MunicipalityStaff,
    };

    /// <summary>The acting person's CPR (citizens and company representatives), else null.</summary>
    public Cpr? PersonCpr => Subject switch
    {
        CitizenSubject citizen => citizen.Cpr,
        CompanyRepresentativeSubject representative => representative.Cpr,
        _ => null,
    };

    /// <summary>
    /// The viewer's own mailbox: a citizen's <c>cpr:…</c>, a company representative's <c>cvr:…</c>, an authority's
    /// <c>authority:…</c>; null for municipality staff and the agency.
    /// </summary>
    public MailboxId? OwnMailbox => Subject switch
    {
        CitizenSubject citizen => MailboxId.ForCitizen(citizen.Cpr),
        CompanyRepresentativeSubject representative => MailboxId.ForBusiness(representative.Cvr),
        AuthoritySubject authority when !IsAgency => MailboxId.ForAuthority(authority.Authority),
        _ => null,
    };

    /// <summary>A log-safe name of the caller: a masked CPR, a CVR with a masked CPR, an authority id or a staff code.</summary>
    public string DisplayId => Subject.Masked;

    /// <summary>
    /// The actor the grains authorise and log for an action on <paramref name="mailbox"/>: a person (citizens and
    /// company representatives) with this request's platform, on behalf of <paramref name="mailbox"/> unless it is
    /// the person's own citizen mailbox; an authority; municipality staff; or the agency.
    /// </summary>
    public ActorContext ActorFor(MailboxId mailbox) => Subject switch
    {
        CitizenSubject citizen => ActorContext.Person(citizen.Cpr, Platform.Domain, OnBehalfOf(citizen.Cpr, mailbox)),
        CompanyRepresentativeSubject representative => ActorContext.Person(representative.Cpr, Platform.Domain, OnBehalfOf(representative.Cpr, mailbox)),
        AuthoritySubject when IsAgency => ActorContext.Agency(),
        AuthoritySubject authority => ActorContext.Authority(authority.Authority),
        MunicipalStaffSubject staff => ActorContext.Municipality(Municipality ?? GatewayViewerFactory.FallbackMunicipalityId(staff.MunicipalityCode)),
        _ => throw new InvalidOperationException($"Unknown subject kind {Subject.Kind}."),
    };

    /// <summary>The actor for a call that concerns no particular mailbox (e.g. listing one's own openable mailboxes).</summary>
    public ActorContext ActorForSelf() => PersonCpr is { } cpr
        ? ActorContext.Person(cpr, Platform.Domain)
        : ActorFor(OwnMailbox ?? default);

    /// <inheritdoc />
    public override string ToString() => $"Viewer({DisplayId}, {Platform})";

    private static MailboxId? OnBehalfOf(Cpr person, MailboxId mailbox) =>
        mailbox.Kind == MailboxKind.Citizen && mailbox.Key == person.Value ? null : mailbox;
}
