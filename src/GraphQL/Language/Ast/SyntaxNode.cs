namespace DigitalPost.GraphQL.Language;

/// <summary>
/// Base of every node of the GraphQL abstract syntax tree. Nodes are immutable; lists are never
/// <c>null</c> (empty when absent) and optional children are <c>null</c> when absent, as in graphql-js.
/// </summary>
public abstract class SyntaxNode
{
    private protected SyntaxNode()
    {
    }

    /// <summary>The node's kind (the graphql-js <c>kind</c>).</summary>
    public abstract SyntaxKind Kind { get; }

    /// <summary>
    /// Where the node is in the source; <see cref="Location.None"/> for nodes built in code.
    /// </summary>
    public Location Location { get; init; }

    /// <summary>The node printed as GraphQL source (see <see cref="Printer"/>).</summary>
    public override string ToString() => Printer.Print(this);
}
