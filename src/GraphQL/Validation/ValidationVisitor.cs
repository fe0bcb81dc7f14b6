using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Validation;

/// <summary>
/// The per-document part of a rule. <see cref="Enter"/> is called before a node's children are
/// walked and <see cref="Leave"/> after; <see cref="ValidationContext.TypeInfo"/> describes the
/// node being entered or left. Name nodes are not visited.
/// </summary>
public abstract class ValidationVisitor
{
    /// <summary>Called when the walk enters <paramref name="node"/>.</summary>
    public virtual void Enter(SyntaxNode node)
    {
    }

    /// <summary>Called when the walk leaves <paramref name="node"/>.</summary>
    public virtual void Leave(SyntaxNode node)
    {
    }
}
