namespace DigitalPost.GraphQL.Language;

/// <summary>An enum type extension.</summary>
public sealed class EnumTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;

    /// <summary>The values added.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}
