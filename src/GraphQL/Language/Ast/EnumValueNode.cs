namespace DigitalPost.GraphQL.Language;

/// <summary>An enum literal: a name other than <c>true</c>, <c>false</c> and <c>null</c>.</summary>
public sealed class EnumValueNode : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.EnumValue;

    /// <summary>The enum value's name.</summary>
    public required string Value { get; init; }
}
