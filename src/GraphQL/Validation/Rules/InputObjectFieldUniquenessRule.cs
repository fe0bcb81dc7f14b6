using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Validation.Rules;

/// <summary>Spec 5.6.3 Input Object Field Uniqueness: an input object literal gives each field at most once.</summary>
public sealed class InputObjectFieldUniquenessRule : IValidationRule
{
    /// <inheritdoc/>
    public string Name => "UniqueInputFieldNamesRule";

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Enter(SyntaxNode node)
        {
            if (node is not ObjectValueNode value || value.Fields.Count < 2)
            {
                return;
            }

            var known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            foreach (var field in value.Fields)
            {
                if (known.TryGetValue(field.Name.Value, out var first))
                {
                    context.ReportError($"There can be only one input field named \"{field.Name.Value}\".", first, field.Name);
                }
                else
                {
                    known[field.Name.Value] = field.Name;
                }
            }
        }
    }
}
