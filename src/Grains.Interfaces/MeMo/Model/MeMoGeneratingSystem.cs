namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary><c>memo:GeneratingSystem</c>.</summary>
public sealed record MeMoGeneratingSystem : MeMoElement
{
    public required string GeneratingSystemId { get; init; }

    public string? Label { get; init; }
}
