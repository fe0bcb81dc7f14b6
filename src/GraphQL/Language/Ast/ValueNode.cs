namespace DigitalPost.GraphQL.Language;

/// <summary>An input value literal (or a variable).</summary>
public abstract class ValueNode : SyntaxNode
{
    private protected ValueNode()
    {
    }
}
