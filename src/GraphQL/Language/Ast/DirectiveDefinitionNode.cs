namespace DigitalPost.GraphQL.Language;

/// <summary>A directive definition: <c>directive @name(args) repeatable on LOCATION | ...</c>.</summary>
public sealed class DirectiveDefinitionNode : TypeSystemDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;

    /// <summary>The directive name (without <c>@</c>).</summary>
    public required NameNode Name { get; init; }

    /// <summary>The argument definitions.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    /// <summary>Whether the directive is <c>repeatable</c>.</summary>
    public bool Repeatable { get; init; }

    /// <summary>The directive locations (names from <see cref="DirectiveLocation"/>).</summary>
    public IReadOnlyList<NameNode> Locations { get; init; } = [];
}
