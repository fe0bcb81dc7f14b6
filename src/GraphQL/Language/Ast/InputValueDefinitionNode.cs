namespace DigitalPost.GraphQL.Language;

/// <summary>An argument definition or an input object field definition.</summary>
public sealed class InputValueDefinitionNode : SyntaxNode, IHasDirectives, IHasDescription
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;

    /// <summary>The description, or <c>null</c>.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The input type.</summary>
    public required TypeNode Type { get; init; }

    /// <summary>The constant default value, or <c>null</c>.</summary>
    public ValueNode? DefaultValue { get; init; }

    /// <summary>The directives.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
