namespace DigitalPost.GraphQLGateway.Messages.Content;

/// <summary>The runtime value of the schema's <c>Reservation</c> (MeMo Reservation of an AFTALE action).</summary>
public sealed record ReservationView(
    Guid Uuid,
    string Abstract,
    string Description,
    string Location,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? OrganizerName,
    string? OrganizerMail);
