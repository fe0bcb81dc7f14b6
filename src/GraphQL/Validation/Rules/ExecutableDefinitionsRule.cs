using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Validation.Rules;

/// <summary>Spec 5.1.1 Executable Definitions: a document for execution holds only operations and fragments.</summary>
public sealed class ExecutableDefinitionsRule : IValidationRule
{
    /// <inheritdoc/>
    public string Name => "ExecutableDefinitionsRule";

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Enter(SyntaxNode node)
        {
            if (node is not DocumentNode document)
            {
                return;
            }

            foreach (var definition in document.Definitions)
            {
                if (definition is ExecutableDefinitionNode)
                {
                    continue;
                }

                var name = definition switch
                {
                    SchemaDefinitionNode or SchemaExtensionNode => "schema",
                    TypeDefinitionNode t => "\"" + t.Name.Value + "\"",
                    TypeExtensionNode t => "\"" + t.Name.Value + "\"",
                    DirectiveDefinitionNode d => "\"" + d.Name.Value + "\"",
                    _ => "\"" + definition.Kind + "\"",
                };
                context.ReportError($"The {name} definition is not executable.", definition);
            }
        }
    }
}
