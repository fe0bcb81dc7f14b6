namespace DigitalPost.GraphQL.Language;

/// <summary>An operation or fragment definition.</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode, IHasDirectives, IHasDescription
{
    private protected ExecutableDefinitionNode()
    {
    }

    /// <summary>The description (working draft: descriptions on operations and fragments), or <c>null</c>; never set on the query shorthand.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The directives applied to the definition.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The selection set.</summary>
    public required SelectionSetNode SelectionSet { get; init; }
}
