namespace DigitalPost.GraphQL.Language;

/// <summary>A fragment spread: <c>...Name @directives</c>.</summary>
public sealed class FragmentSpreadNode : SelectionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;

    /// <summary>The fragment name.</summary>
    public required NameNode Name { get; init; }
}
