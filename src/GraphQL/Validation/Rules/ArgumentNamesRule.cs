using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.1 Argument Names: every argument of a field or directive is defined by it.</summary>
public sealed class ArgumentNamesRule : IValidationRule
{
    /// <inheritdoc/>
    public string Name => "KnownArgumentNamesRule";

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        // Arguments of a directive (even an unknown one) are never the field's arguments.
        private int _directiveDepth;

        public override void Enter(SyntaxNode node)
        {
            switch (node)
            {
                case ArgumentNode argument when _directiveDepth == 0 && context.TypeInfo.Argument is null
                    && context.TypeInfo.FieldDefinition is { } field && context.TypeInfo.ParentType is { } parentType:
                    var name = argument.Name.Value;
                    context.ReportError(
                        $"Unknown argument \"{name}\" on field \"{parentType.Name}.{field.Name}\"." + Suggestions.DidYouMean(Suggestions.List(name, field.Arguments.Select(a => a.Name))),
                        argument);
                    break;
                case DirectiveNode directive:
                    _directiveDepth++;
                    CheckDirective(directive);
                    break;
            }
        }

        public override void Leave(SyntaxNode node)
        {
            if (node is DirectiveNode)
            {
                _directiveDepth--;
            }
        }

        private void CheckDirective(DirectiveNode directive)
        {
            var directiveName = directive.Name.Value;
            IReadOnlyList<string> known;
            if (context.Schema.GetDirective(directiveName) is { } definition)
            {
                known = definition.Arguments.Select(a => a.Name).ToList();
            }
            else if (context.GetDocumentDirective(directiveName) is { } documentDefinition)
            {
                known = documentDefinition.Arguments.Select(a => a.Name.Value).ToList();
            }
            else
            {
                return;
            }

            foreach (var argument in directive.Arguments)
            {
                var argumentName = argument.Name.Value;
                if (!known.Contains(argumentName))
                {
                    context.ReportError(
                        $"Unknown argument \"{argumentName}\" on directive \"@{directiveName}\"." + Suggestions.DidYouMean(Suggestions.List(argumentName, known)),
                        argument);
                }
            }
        }
    }
}
