namespace DigitalPost.GraphQL.Language;

/// <summary>A boolean literal.</summary>
public sealed class BooleanValueNode : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;

    /// <summary>The value.</summary>
    public bool Value { get; init; }
}
