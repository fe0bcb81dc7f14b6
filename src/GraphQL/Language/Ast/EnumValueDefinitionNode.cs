namespace DigitalPost.GraphQL.Language;

/// <summary>An enum value definition.</summary>
public sealed class EnumValueDefinitionNode : SyntaxNode, IHasDirectives, IHasDescription
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;

    /// <summary>The description, or <c>null</c>.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The value name (never <c>true</c>, <c>false</c> or <c>null</c>).</summary>
    public required NameNode Name { get; init; }

    /// <summary>The directives.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
