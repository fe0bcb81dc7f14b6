namespace DigitalPost.GraphQL.Language;

/// <summary>An argument: <c>name: value</c>.</summary>
public sealed class ArgumentNode : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Argument;

    /// <summary>The argument name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The argument value.</summary>
    public required ValueNode Value { get; init; }
}
