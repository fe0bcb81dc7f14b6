namespace DigitalPost.GraphQL.Language;

/// <summary>A name: an identifier such as a field, type, argument or directive name.</summary>
public sealed class NameNode : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Name;

    /// <summary>The name's text (ASCII letters, digits and underscores; interned by the parser).</summary>
    public required string Value { get; init; }
}
