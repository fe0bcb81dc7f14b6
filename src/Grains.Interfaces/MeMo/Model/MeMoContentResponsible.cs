namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary><c>memo:ContentResponsible</c>.</summary>
public sealed record MeMoContentResponsible : MeMoElement
{
    public string? ContentResponsibleId { get; init; }

    public string? Label { get; init; }
}
