namespace DigitalPost.GraphQL.Language;

/// <summary>A list literal: <c>[value ...]</c>.</summary>
public sealed class ListValueNode : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ListValue;

    /// <summary>The items.</summary>
    public IReadOnlyList<ValueNode> Values { get; init; } = [];
}
