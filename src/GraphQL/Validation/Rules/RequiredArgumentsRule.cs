using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.2.1 Required Arguments: every non-null argument without a default value is provided.</summary>
public sealed class RequiredArgumentsRule : IValidationRule
{
    /// <inheritdoc/>
    public string Name => "ProvidedRequiredArgumentsRule";

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Leave(SyntaxNode node)
        {
            switch (node)
            {
                case FieldNode field when context.TypeInfo.FieldDefinition is { } definition:
                    foreach (var argument in Missing(definition.Arguments, field.Arguments))
                    {
                        context.ReportError($"Field \"{definition.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", field);
                    }

                    break;
                case DirectiveNode directive when context.Schema.GetDirective(directive.Name.Value) is { } definition:
                    foreach (var argument in Missing(definition.Arguments, directive.Arguments))
                    {
                        context.ReportError($"Directive \"@{definition.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", directive);
                    }

                    break;
                case DirectiveNode directive when context.Schema.GetDirective(directive.Name.Value) is null
                    && context.GetDocumentDirective(directive.Name.Value) is { } documentDefinition:
                    foreach (var argument in documentDefinition.Arguments)
                    {
                        if (argument.Type is NonNullTypeNode && argument.DefaultValue is null && !directive.Arguments.Any(a => a.Name.Value == argument.Name.Value))
                        {
                            context.ReportError($"Directive \"@{documentDefinition.Name.Value}\" argument \"{argument.Name.Value}\" of type \"{Printer.Print(argument.Type)}\" is required, but it was not provided.", directive);
                        }
                    }

                    break;
            }
        }

        private static IEnumerable<InputValueDefinition> Missing(IReadOnlyList<InputValueDefinition> definitions, IReadOnlyList<ArgumentNode> given)
        {
            foreach (var definition in definitions)
            {
                if (definition.IsRequired && !given.Any(a => a.Name.Value == definition.Name))
                {
                    yield return definition;
                }
            }
        }
    }
}
