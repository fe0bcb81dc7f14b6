namespace DigitalPost.GraphQL.Language;

/// <summary>A named type reference.</summary>
public sealed class NamedTypeNode : TypeNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.NamedType;

    /// <summary>The type name.</summary>
    public required NameNode Name { get; init; }
}
