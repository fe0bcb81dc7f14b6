namespace DigitalPost.GraphQL.Language;

/// <summary>An inline fragment: <c>... on Type @directives { ... }</c>.</summary>
public sealed class InlineFragmentNode : SelectionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;

    /// <summary>The type condition, or <c>null</c>.</summary>
    public NamedTypeNode? TypeCondition { get; init; }

    /// <summary>The selection set.</summary>
    public required SelectionSetNode SelectionSet { get; init; }
}
