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
        public override void Enter(SyntaxNode node)
        {
            switch (node)
            {
                case ArgumentNode argument when context.TypeInfo.Argument is null && context.TypeInfo.Directive is null
                    && context.TypeInfo.FieldDefinition is { } field && context.TypeInfo.ParentType is { } parentType:
                    var name = argument.Name.Value;
                    context.ReportError(
                        $"Unknown argument \"{name}\" on field \"{parentType.Name}.{field.Name}\"." + Suggestions.DidYouMean(Suggestions.List(name, field.Arguments.Select(a => a.Name))),
                        argument);
                    break;
                case DirectiveNode directive when context.Schema.GetDirective(directive.Name.Value) is { } definition:
                    foreach (var directiveArgument in directive.Arguments)
                    {
                        var argumentName = directiveArgument.Name.Value;
                        if (definition.GetArgument(argumentName) is null)
                        {
                            context.ReportError(
                                $"Unknown argument \"{argumentName}\" on directive \"@{definition.Name}\"." + Suggestions.DidYouMean(Suggestions.List(argumentName, definition.Arguments.Select(a => a.Name))),
                                directiveArgument);
                        }
                    }

                    break;
            }
        }
    }
}
