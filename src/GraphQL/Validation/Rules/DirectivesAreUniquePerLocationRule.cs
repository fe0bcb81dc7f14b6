using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Validation.Rules;

/// <summary>Spec 5.7.3 Directives Are Unique Per Location: a non-repeatable directive appears at most once per location.</summary>
public sealed class DirectivesAreUniquePerLocationRule : IValidationRule
{
    /// <inheritdoc/>
    public string Name => "UniqueDirectivesPerLocationRule";

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Enter(SyntaxNode node)
        {
            if (node is not IHasDirectives { Directives.Count: > 1 } owner)
            {
                return;
            }

            var seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
            foreach (var directive in owner.Directives)
            {
                var name = directive.Name.Value;
                var unique = context.Schema.GetDirective(name) is { } definition
                    ? !definition.IsRepeatable
                    : context.GetDocumentDirective(name) is { Repeatable: false };
                if (!unique)
                {
                    continue;
                }

                if (seen.TryGetValue(name, out var first))
                {
                    context.ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
                }
                else
                {
                    seen[name] = directive;
                }
            }
        }
    }
}
