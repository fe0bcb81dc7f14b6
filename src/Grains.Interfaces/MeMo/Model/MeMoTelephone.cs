namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary><c>memo:Telephone</c>.</summary>
public sealed record MeMoTelephone : MeMoElement
{
    public required string TelephoneNumber { get; init; }

    public string? RelatedAgent { get; init; }
}
