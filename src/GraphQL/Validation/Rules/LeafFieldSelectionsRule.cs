using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Validation.Rules;

/// <summary>Spec 5.3.3 Leaf Field Selections: scalars and enums take no sub-selection; other types require one.</summary>
public sealed class LeafFieldSelectionsRule : IValidationRule
{
    /// <inheritdoc/>
    public string Name => "ScalarLeafsRule";

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Enter(SyntaxNode node)
        {
            if (node is not FieldNode field || context.TypeInfo.Type is not { } type)
            {
                return;
            }

            var name = field.Name.Value;
            if (type.NamedType.IsLeafType)
            {
                if (field.SelectionSet is not null)
                {
                    context.ReportError($"Field \"{name}\" must not have a selection since type \"{type}\" has no subfields.", field.SelectionSet);
                }
            }
            else if (field.SelectionSet is null)
            {
                context.ReportError($"Field \"{name}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?", field);
            }
        }
    }
}
