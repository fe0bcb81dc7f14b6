using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.2.3 Fragment Spread Is Possible: the fragment's type and the parent type can share an object type.</summary>
public sealed class FragmentSpreadIsPossibleRule : IValidationRule
{
    /// <inheritdoc/>
    public string Name => "PossibleFragmentSpreadsRule";

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Enter(SyntaxNode node)
        {
            switch (node)
            {
                case InlineFragmentNode:
                    if (AsComposite(context.TypeInfo.Type) is { } fragmentType && AsComposite(context.TypeInfo.ParentType) is { } parentType
                        && !TypeAst.DoTypesOverlap(context.Schema, fragmentType, parentType))
                    {
                        context.ReportError($"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".", node);
                    }

                    break;
                case FragmentSpreadNode spread:
                    var fragment = context.GetFragment(spread.Name.Value);
                    var spreadType = fragment is null ? null : AsComposite(context.Schema.GetType(fragment.TypeCondition.Name.Value));
                    if (spreadType is not null && AsComposite(context.TypeInfo.ParentType) is { } parent
                        && !TypeAst.DoTypesOverlap(context.Schema, spreadType, parent))
                    {
                        context.ReportError(
                            $"Fragment \"{spread.Name.Value}\" cannot be spread here as objects of type \"{parent.Name}\" can never be of type \"{spreadType.Name}\".", spread);
                    }

                    break;
            }
        }

        private static NamedType? AsComposite(GraphQLType? type) => type is FieldContainerType or UnionType ? (NamedType)type : null;
    }
}
