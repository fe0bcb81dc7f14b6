using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.MeMo;

namespace DigitalPost.GraphQLGateway.Messages.Content;

/// <summary>
/// The runtime value of the schema's <c>Action</c>. <see cref="Index"/> is the action's position over all documents
/// (<see cref="MessageContentIndex.ActionAt"/>), what its calendar link names.
/// </summary>
public sealed record ActionView(
    MailboxId Mailbox,
    Guid MessageUuid,
    int Index,
    string Label,
    MeMoActionCode Code,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    string? EntryPointUrl,
    ReservationView? Reservation)
{
    /// <summary>Whether the action has a calendar file: an AFTALE with a reservation.</summary>
    public bool HasCalendar => Code == MeMoActionCode.Aftale && Reservation is not null;

    /// <inheritdoc />
    public override string ToString() => $"ActionView({MessageUuid}, {Index}, {Code})";
}
