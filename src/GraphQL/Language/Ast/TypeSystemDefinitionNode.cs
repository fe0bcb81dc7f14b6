namespace DigitalPost.GraphQL.Language;

/// <summary>A type-system definition: schema, type or directive definition.</summary>
public abstract class TypeSystemDefinitionNode : DefinitionNode, IHasDescription
{
    private protected TypeSystemDefinitionNode()
    {
    }

    /// <summary>The description, or <c>null</c>.</summary>
    public StringValueNode? Description { get; init; }
}
