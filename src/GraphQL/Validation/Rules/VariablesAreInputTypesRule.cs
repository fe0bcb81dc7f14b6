using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.2 Variables Are Input Types: scalars, enums, input objects, or lists and non-nulls of them.</summary>
public sealed class VariablesAreInputTypesRule : IValidationRule
{
    /// <inheritdoc/>
    public string Name => "VariablesAreInputTypesRule";

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Enter(SyntaxNode node)
        {
            if (node is VariableDefinitionNode definition && TypeAst.FromAst(context.Schema, definition.Type) is { IsInputType: false })
            {
                context.ReportError($"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(definition.Type)}\".", definition.Type);
            }
        }
    }
}
