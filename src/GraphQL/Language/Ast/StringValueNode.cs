namespace DigitalPost.GraphQL.Language;

/// <summary>A string literal (quoted or block string).</summary>
public sealed class StringValueNode : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.StringValue;

    /// <summary>The string's value: escapes resolved, block strings dedented.</summary>
    public required string Value { get; init; }

    /// <summary>Whether the source used a block string (<c>"""..."""</c>).</summary>
    public bool Block { get; init; }
}
