namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary><c>memo:ContactInfo</c>: a label/value pair shown with the contact point.</summary>
public sealed record MeMoContactInfo : MeMoElement
{
    public required string Label { get; init; }

    public required string Value { get; init; }
}
