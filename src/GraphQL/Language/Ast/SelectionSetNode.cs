namespace DigitalPost.GraphQL.Language;

/// <summary>A selection set: <c>{ selection ... }</c>.</summary>
public sealed class SelectionSetNode : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;

    /// <summary>The selections in source order (never empty when parsed).</summary>
    public IReadOnlyList<SelectionNode> Selections { get; init; } = [];
}
