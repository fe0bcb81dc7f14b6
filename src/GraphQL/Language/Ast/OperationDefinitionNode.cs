namespace DigitalPost.GraphQL.Language;

/// <summary>An operation: a query, mutation or subscription (including the anonymous query shorthand <c>{ ... }</c>).</summary>
public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;

    /// <summary>The operation type.</summary>
    public OperationType Operation { get; init; }

    /// <summary>The operation name, or <c>null</c> for an anonymous operation.</summary>
    public NameNode? Name { get; init; }

    /// <summary>The variable definitions.</summary>
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; } = [];
}
