using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.1.2 Fragment Spread Type Existence, and every other named type reference of an executable
/// document (variable types): the type must exist in the schema.
/// </summary>
public sealed class FragmentSpreadTypeExistenceRule : IValidationRule
{
    /// <inheritdoc/>
    public string Name => "KnownTypeNamesRule";

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Enter(SyntaxNode node)
        {
            if (node is NamedTypeNode named && context.Schema.GetType(named.Name.Value) is null)
            {
                var name = named.Name.Value;
                var suggestions = Suggestions.List(name, context.Schema.Types.Select(t => t.Name));
                context.ReportError($"Unknown type \"{name}\"." + Suggestions.DidYouMean(suggestions), named);
            }
        }
    }
}
