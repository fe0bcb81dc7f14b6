using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.3 Fragments On Composite Types: type conditions name objects, interfaces or unions.</summary>
public sealed class FragmentsOnCompositeTypesRule : IValidationRule
{
    /// <inheritdoc/>
    public string Name => "FragmentsOnCompositeTypesRule";

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Enter(SyntaxNode node)
        {
            switch (node)
            {
                case InlineFragmentNode { TypeCondition: { } condition } when IsNonComposite(condition):
                    context.ReportError($"Fragment cannot condition on non composite type \"{condition.Name.Value}\".", condition);
                    break;
                case FragmentDefinitionNode fragment when IsNonComposite(fragment.TypeCondition):
                    context.ReportError($"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{fragment.TypeCondition.Name.Value}\".", fragment.TypeCondition);
                    break;
            }
        }

        private bool IsNonComposite(NamedTypeNode condition) =>
            context.Schema.GetType(condition.Name.Value) is { } type && type is not (FieldContainerType or UnionType);
    }
}
