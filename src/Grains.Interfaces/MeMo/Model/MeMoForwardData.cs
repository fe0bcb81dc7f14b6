namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary><c>memo:ForwardData</c>: set when a message is forwarded.</summary>
public sealed record MeMoForwardData : MeMoElement
{
    public required Guid MessageUuid { get; init; }

    public required DateTimeOffset OriginalMessageDateTime { get; init; }

    public required string OriginalSender { get; init; }

    public string? OriginalContentResponsible { get; init; }

    public string? OriginalRepresentative { get; init; }

    public string? ContactPointId { get; init; }

    public string? Comment { get; init; }
}
