namespace DigitalPost.GraphQL.Language;

/// <summary>A union type extension.</summary>
public sealed class UnionTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;

    /// <summary>The member types added.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}
