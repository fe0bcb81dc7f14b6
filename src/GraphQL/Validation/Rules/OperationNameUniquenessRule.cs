using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.1.1 Operation Name Uniqueness.</summary>
public sealed class OperationNameUniquenessRule : IValidationRule
{
    /// <inheritdoc/>
    public string Name => "UniqueOperationNamesRule";

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override void Enter(SyntaxNode node)
        {
            if (node is OperationDefinitionNode { Name: { } name })
            {
                if (_known.TryGetValue(name.Value, out var first))
                {
                    context.ReportError($"There can be only one operation named \"{name.Value}\".", first, name);
                }
                else
                {
                    _known[name.Value] = name;
                }
            }
        }
    }
}
