namespace DigitalPost.GraphQL.Language;

/// <summary>An input object literal: <c>{name: value ...}</c>.</summary>
public sealed class ObjectValueNode : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;

    /// <summary>The fields in source order.</summary>
    public IReadOnlyList<ObjectFieldNode> Fields { get; init; } = [];
}
