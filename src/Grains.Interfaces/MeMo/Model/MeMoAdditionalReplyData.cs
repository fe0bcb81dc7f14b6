namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary><c>memo:AdditionalReplyData</c>.</summary>
public sealed record MeMoAdditionalReplyData : MeMoElement
{
    public required string Label { get; init; }

    public required string Value { get; init; }
}
