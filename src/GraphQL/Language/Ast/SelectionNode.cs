namespace DigitalPost.GraphQL.Language;

/// <summary>A selection: a field, fragment spread or inline fragment.</summary>
public abstract class SelectionNode : SyntaxNode, IHasDirectives
{
    private protected SelectionNode()
    {
    }

    /// <summary>The directives applied to the selection.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
