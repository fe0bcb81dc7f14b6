namespace DigitalPost.GraphQL.Language;

/// <summary>A variable reference: <c>$name</c>.</summary>
public sealed class VariableNode : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Variable;

    /// <summary>The variable name (without <c>$</c>).</summary>
    public required NameNode Name { get; init; }
}
