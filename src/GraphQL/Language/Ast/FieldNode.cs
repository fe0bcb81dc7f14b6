namespace DigitalPost.GraphQL.Language;

/// <summary>A field selection: <c>alias: name(arguments) @directives { ... }</c>.</summary>
public sealed class FieldNode : SelectionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Field;

    /// <summary>The alias, or <c>null</c>.</summary>
    public NameNode? Alias { get; init; }

    /// <summary>The field name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The arguments.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];

    /// <summary>The sub-selection, or <c>null</c> for a leaf field.</summary>
    public SelectionSetNode? SelectionSet { get; init; }
}
