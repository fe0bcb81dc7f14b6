namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary><c>memo:EMail</c>.</summary>
public sealed record MeMoEmail : MeMoElement
{
    public required string EmailAddress { get; init; }

    public string? RelatedAgent { get; init; }
}
