namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>A MeMo message (root <c>memo:Message</c>).</summary>
public sealed record MeMoMessage : MeMoElement
{
    /// <summary><c>memoVersion</c> attribute: "1.1" or "1.2".</summary>
    public required string MemoVersion { get; init; }

    /// <summary><c>memoSchVersion</c> attribute (schematron version), when the sender gave one.</summary>
    public string? MemoSchVersion { get; init; }

    public required MeMoMessageHeader Header { get; init; }

    /// <summary>Required for DIGITALPOST; NEMSMS messages have none.</summary>
    public MeMoMessageBody? Body { get; init; }

    /// <summary>The root's namespace declarations, in source order (empty: the writer uses <see cref="MeMoNamespaces.WellKnown"/>).</summary>
    public MeMoList<MeMoNamespaceDeclaration> Namespaces { get; init; } = MeMoList<MeMoNamespaceDeclaration>.Empty;

    protected override string Describe() => $"MeMoMessage {Header.MessageType.ToWire()} {Header.MessageUuid:D} (MeMo {MemoVersion})";
}
