using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Validation.Rules;

/// <summary>Spec 5.6.4 Input Object Required Fields: every non-null field without a default value is given.</summary>
public sealed class InputObjectRequiredFieldsRule : IValidationRule
{
    /// <inheritdoc/>
    public string Name => "ValuesOfCorrectTypeRule";

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Enter(SyntaxNode node)
        {
            if (node is not ObjectValueNode value || context.TypeInfo.InputType?.NamedType is not InputObjectType type)
            {
                return;
            }

            foreach (var field in type.Fields)
            {
                if (field.IsRequired && !value.Fields.Any(f => f.Name.Value == field.Name))
                {
                    context.ReportError($"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", value);
                }
            }
        }
    }
}
