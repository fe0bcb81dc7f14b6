namespace DigitalPost.GraphQL.Language;

/// <summary>A named type definition.</summary>
public abstract class TypeDefinitionNode : TypeSystemDefinitionNode, IHasDirectives
{
    private protected TypeDefinitionNode()
    {
    }

    /// <summary>The type name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The directives.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
