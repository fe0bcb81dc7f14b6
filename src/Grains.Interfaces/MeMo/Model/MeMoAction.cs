namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary><c>memo:Action</c>: a button on a document; a Reservation (AFTALE) or an EntryPoint (link).</summary>
public sealed record MeMoAction : MeMoElement
{
    public required string Label { get; init; }

    public required MeMoActionCode ActionCode { get; init; }

    public DateTimeOffset? StartDateTime { get; init; }

    public DateTimeOffset? EndDateTime { get; init; }

    public MeMoReservation? Reservation { get; init; }

    public MeMoEntryPoint? EntryPoint { get; init; }
}
