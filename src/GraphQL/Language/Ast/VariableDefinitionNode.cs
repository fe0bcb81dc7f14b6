namespace DigitalPost.GraphQL.Language;

/// <summary>A variable definition: <c>$name: Type = default @directives</c>.</summary>
public sealed class VariableDefinitionNode : SyntaxNode, IHasDirectives, IHasDescription
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;

    /// <summary>The description (working draft), or <c>null</c>.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The variable.</summary>
    public required VariableNode Variable { get; init; }

    /// <summary>The variable's type.</summary>
    public required TypeNode Type { get; init; }

    /// <summary>The constant default value, or <c>null</c> when there is none.</summary>
    public ValueNode? DefaultValue { get; init; }

    /// <summary>The directives applied to the variable definition.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
