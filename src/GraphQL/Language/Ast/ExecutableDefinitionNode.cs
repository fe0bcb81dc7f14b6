namespace DigitalPost.GraphQL.Language;

/// <summary>An operation or fragment definition.</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode, IHasDirectives
{
    private protected ExecutableDefinitionNode()
    {
    }

    /// <summary>The directives applied to the definition.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The selection set.</summary>
    public required SelectionSetNode SelectionSet { get; init; }
}
