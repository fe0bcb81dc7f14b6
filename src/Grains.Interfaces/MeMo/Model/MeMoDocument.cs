namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>
/// A MainDocument, AdditionalDocument or TechnicalDocument (same shape; the element name comes
/// from where it sits in <see cref="MeMoMessageBody"/>). Technical documents carry no actions.
/// </summary>
public sealed record MeMoDocument : MeMoElement
{
    /// <summary>mainDocumentID / additionalDocumentID / technicalDocumentID.</summary>
    public string? DocumentId { get; init; }

    public string? Label { get; init; }

    public required MeMoList<MeMoFile> Files { get; init; }

    public MeMoList<MeMoAction> Actions { get; init; } = MeMoList<MeMoAction>.Empty;
}
