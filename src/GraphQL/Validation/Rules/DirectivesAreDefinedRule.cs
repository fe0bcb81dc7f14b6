using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Validation.Rules;

/// <summary>Spec 5.7.1 Directives Are Defined: by the schema (or, for a document with type-system definitions, by the document).</summary>
public sealed class DirectivesAreDefinedRule : IValidationRule
{
    /// <inheritdoc/>
    public string Name => "KnownDirectivesRule";

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Enter(SyntaxNode node)
        {
            if (node is DirectiveNode directive && context.Schema.GetDirective(directive.Name.Value) is null
                && context.GetDocumentDirective(directive.Name.Value) is null)
            {
                context.ReportError($"Unknown directive \"@{directive.Name.Value}\".", directive);
            }
        }
    }
}
