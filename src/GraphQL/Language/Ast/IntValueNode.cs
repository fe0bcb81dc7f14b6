namespace DigitalPost.GraphQL.Language;

/// <summary>An integer literal, kept as its source text so no precision is lost.</summary>
public sealed class IntValueNode : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.IntValue;

    /// <summary>The literal's source text, e.g. <c>-42</c>.</summary>
    public required string Value { get; init; }
}
