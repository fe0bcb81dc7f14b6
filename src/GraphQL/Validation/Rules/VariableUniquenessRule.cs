using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.1 Variable Uniqueness: an operation defines each variable once.</summary>
public sealed class VariableUniquenessRule : IValidationRule
{
    /// <inheritdoc/>
    public string Name => "UniqueVariableNamesRule";

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Enter(SyntaxNode node)
        {
            if (node is not OperationDefinitionNode { VariableDefinitions.Count: > 1 } operation)
            {
                return;
            }

            foreach (var group in operation.VariableDefinitions.GroupBy(v => v.Variable.Name.Value, StringComparer.Ordinal))
            {
                var nodes = group.Select(v => (SyntaxNode)v.Variable.Name).ToArray();
                if (nodes.Length > 1)
                {
                    context.ReportError($"There can be only one variable named \"${group.Key}\".", nodes);
                }
            }
        }
    }
}
