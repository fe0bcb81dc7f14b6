using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;

namespace DigitalPost.Grains.Delivery;

/// <summary>
/// What the delivery rules need to know of a recipient: small, so bulk delivery can load it for
/// many recipients at once. <see cref="BirthDate"/> is null for businesses and authorities.
/// </summary>
public sealed record RecipientFacts(
    MailboxKind Kind,
    DateOnly? BirthDate,
    bool Deceased,
    bool Closed,
    Residence Residence,
    bool VoluntarilyRegistered,
    bool Exempt,
    IReadOnlySet<string> ExemptionExceptionSenders,
    IReadOnlySet<string> ConsentedSenders);
