namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary><c>memo:Reservation</c>: an appointment, served to the recipient as an .ics file.</summary>
public sealed record MeMoReservation : MeMoElement
{
    public required string Description { get; init; }

    public required Guid ReservationUuid { get; init; }

    public required string Abstract { get; init; }

    public required string Location { get; init; }

    public required DateTimeOffset StartDateTime { get; init; }

    public required DateTimeOffset EndDateTime { get; init; }

    public string? OrganizerMail { get; init; }

    public string? OrganizerName { get; init; }
}
