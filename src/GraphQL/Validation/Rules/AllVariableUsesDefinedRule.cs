using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.3 All Variable Uses Defined: every variable used by an operation (through its fragments too) is defined by it.</summary>
public sealed class AllVariableUsesDefinedRule : IValidationRule
{
    /// <inheritdoc/>
    public string Name => "NoUndefinedVariablesRule";

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Leave(SyntaxNode node)
        {
            if (node is not OperationDefinitionNode operation)
            {
                return;
            }

            var defined = operation.VariableDefinitions.Select(v => v.Variable.Name.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (!defined.Contains(name))
                {
                    context.ReportError(
                        operation.Name is null ? $"Variable \"${name}\" is not defined." : $"Variable \"${name}\" is not defined by operation \"{operation.Name.Value}\".",
                        usage.Node, operation);
                }
            }
        }
    }
}
