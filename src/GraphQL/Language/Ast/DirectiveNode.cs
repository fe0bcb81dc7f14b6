namespace DigitalPost.GraphQL.Language;

/// <summary>A directive application: <c>@name(arguments)</c>.</summary>
public sealed class DirectiveNode : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Directive;

    /// <summary>The directive name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The arguments.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];
}
