namespace DigitalPost.GraphQL.Language;

/// <summary>A list type reference: <c>[Type]</c>.</summary>
public sealed class ListTypeNode : TypeNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ListType;

    /// <summary>The item type.</summary>
    public required TypeNode Type { get; init; }
}
