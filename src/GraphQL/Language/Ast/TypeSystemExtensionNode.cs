namespace DigitalPost.GraphQL.Language;

/// <summary>A type-system extension: a schema or type extension.</summary>
public abstract class TypeSystemExtensionNode : DefinitionNode, IHasDirectives
{
    private protected TypeSystemExtensionNode()
    {
    }

    /// <summary>The directives added.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
