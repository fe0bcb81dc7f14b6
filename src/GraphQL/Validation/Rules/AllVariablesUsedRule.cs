using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.4 All Variables Used: every variable an operation defines is used by it or its fragments.</summary>
public sealed class AllVariablesUsedRule : IValidationRule
{
    /// <inheritdoc/>
    public string Name => "NoUnusedVariablesRule";

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Leave(SyntaxNode node)
        {
            if (node is not OperationDefinitionNode { VariableDefinitions.Count: > 0 } operation)
            {
                return;
            }

            var used = context.GetRecursiveVariableUsages(operation).Select(u => u.Node.Name.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var definition in operation.VariableDefinitions)
            {
                var name = definition.Variable.Name.Value;
                if (!used.Contains(name))
                {
                    context.ReportError(
                        operation.Name is null ? $"Variable \"${name}\" is never used." : $"Variable \"${name}\" is never used in operation \"{operation.Name.Value}\".",
                        definition);
                }
            }
        }
    }
}
