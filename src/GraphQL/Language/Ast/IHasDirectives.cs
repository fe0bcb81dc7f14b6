namespace DigitalPost.GraphQL.Language;

/// <summary>A node that can carry directives.</summary>
public interface IHasDirectives
{
    /// <summary>The directives applied to the node (empty when none).</summary>
    IReadOnlyList<DirectiveNode> Directives { get; }
}
