namespace DigitalPost.GraphQL.Language;

/// <summary>A GraphQL document: a list of executable and/or type-system definitions.</summary>
public sealed class DocumentNode : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Document;

    /// <summary>The definitions in source order.</summary>
    public IReadOnlyList<DefinitionNode> Definitions { get; init; } = [];
}
