namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary><c>memo:Representative</c>: who sends on the sender's behalf.</summary>
public sealed record MeMoRepresentative : MeMoElement
{
    public required string RepresentativeId { get; init; }

    public required string IdType { get; init; }

    public string? IdTypeLabel { get; init; }

    public string? Label { get; init; }
}
