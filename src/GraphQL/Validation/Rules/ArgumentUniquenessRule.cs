using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.2 Argument Uniqueness: a field or directive is given each argument at most once.</summary>
public sealed class ArgumentUniquenessRule : IValidationRule
{
    /// <inheritdoc/>
    public string Name => "UniqueArgumentNamesRule";

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Enter(SyntaxNode node)
        {
            var arguments = node switch
            {
                FieldNode field => field.Arguments,
                DirectiveNode directive => directive.Arguments,
                _ => null,
            };
            if (arguments is null || arguments.Count < 2)
            {
                return;
            }

            foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
            {
                var nodes = group.Select(a => (SyntaxNode)a.Name).ToArray();
                if (nodes.Length > 1)
                {
                    context.ReportError($"There can be only one argument named \"{group.Key}\".", nodes);
                }
            }
        }
    }
}
