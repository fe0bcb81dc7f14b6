namespace DigitalPost.GraphQL.Language;

/// <summary>The <c>null</c> literal.</summary>
public sealed class NullValueNode : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}
