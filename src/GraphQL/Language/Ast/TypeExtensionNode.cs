namespace DigitalPost.GraphQL.Language;

/// <summary>A named type extension.</summary>
public abstract class TypeExtensionNode : TypeSystemExtensionNode
{
    private protected TypeExtensionNode()
    {
    }

    /// <summary>The name of the extended type.</summary>
    public required NameNode Name { get; init; }
}
