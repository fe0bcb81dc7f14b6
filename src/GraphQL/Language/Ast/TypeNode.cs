namespace DigitalPost.GraphQL.Language;

/// <summary>A type reference: named, list or non-null.</summary>
public abstract class TypeNode : SyntaxNode
{
    private protected TypeNode()
    {
    }
}
