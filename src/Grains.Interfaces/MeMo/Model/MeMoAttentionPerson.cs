namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary><c>memo:AttentionPerson</c>.</summary>
public sealed record MeMoAttentionPerson : MeMoElement
{
    public string? PersonId { get; init; }

    public string? Label { get; init; }
}
