namespace DigitalPost.GraphQL.Language;

/// <summary>A float literal, kept as its source text so no precision is lost.</summary>
public sealed class FloatValueNode : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.FloatValue;

    /// <summary>The literal's source text, e.g. <c>1.5e-3</c>.</summary>
    public required string Value { get; init; }
}
