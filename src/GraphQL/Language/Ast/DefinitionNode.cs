namespace DigitalPost.GraphQL.Language;

/// <summary>A top-level definition of a document.</summary>
public abstract class DefinitionNode : SyntaxNode
{
    private protected DefinitionNode()
    {
    }
}
