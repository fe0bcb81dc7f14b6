namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary><c>memo:MessageBody</c>.</summary>
public sealed record MeMoMessageBody : MeMoElement
{
    public required DateTimeOffset CreatedDateTime { get; init; }

    public required MeMoDocument MainDocument { get; init; }

    public MeMoList<MeMoDocument> AdditionalDocuments { get; init; } = MeMoList<MeMoDocument>.Empty;

    public MeMoList<MeMoDocument> TechnicalDocuments { get; init; } = MeMoList<MeMoDocument>.Empty;
}
