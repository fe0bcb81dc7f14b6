namespace DigitalPost.GraphQL.Language;

/// <summary>A non-null type reference: <c>Type!</c>.</summary>
public sealed class NonNullTypeNode : TypeNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.NonNullType;

    /// <summary>The nullable type wrapped (a <see cref="NamedTypeNode"/> or <see cref="ListTypeNode"/>).</summary>
    public required TypeNode Type { get; init; }
}
