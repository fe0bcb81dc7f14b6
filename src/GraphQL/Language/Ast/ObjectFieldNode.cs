namespace DigitalPost.GraphQL.Language;

/// <summary>A field of an input object literal: <c>name: value</c>.</summary>
public sealed class ObjectFieldNode : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ObjectField;

    /// <summary>The field name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The field value.</summary>
    public required ValueNode Value { get; init; }
}
