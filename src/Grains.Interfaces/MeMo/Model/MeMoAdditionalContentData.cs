namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary><c>memo:AdditionalContentData</c>.</summary>
public sealed record MeMoAdditionalContentData : MeMoElement
{
    public string? ContentDataType { get; init; }

    public required string ContentDataName { get; init; }

    public required string ContentDataValue { get; init; }
}
