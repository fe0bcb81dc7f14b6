namespace DigitalPost.GraphQL.Language;

/// <summary>A scalar type extension.</summary>
public sealed class ScalarTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;
}
