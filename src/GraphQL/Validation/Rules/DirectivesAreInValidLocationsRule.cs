using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Validation.Rules;

/// <summary>Spec 5.7.2 Directives Are In Valid Locations.</summary>
public sealed class DirectivesAreInValidLocationsRule : IValidationRule
{
    /// <inheritdoc/>
    public string Name => "KnownDirectivesRule";

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Enter(SyntaxNode node)
        {
            DirectiveLocation location;
            switch (node)
            {
                case OperationDefinitionNode operation:
                    location = operation.Operation switch
                    {
                        OperationType.Mutation => DirectiveLocation.Mutation,
                        OperationType.Subscription => DirectiveLocation.Subscription,
                        _ => DirectiveLocation.Query,
                    };
                    break;
                case FieldNode:
                    location = DirectiveLocation.Field;
                    break;
                case FragmentSpreadNode:
                    location = DirectiveLocation.FragmentSpread;
                    break;
                case InlineFragmentNode:
                    location = DirectiveLocation.InlineFragment;
                    break;
                case FragmentDefinitionNode:
                    location = DirectiveLocation.FragmentDefinition;
                    break;
                case VariableDefinitionNode:
                    location = DirectiveLocation.VariableDefinition;
                    break;
                default:
                    return;
            }

            foreach (var directive in ((IHasDirectives)node).Directives)
            {
                if (context.Schema.GetDirective(directive.Name.Value) is { } definition && !definition.Locations.Contains(location))
                {
                    context.ReportError($"Directive \"@{definition.Name}\" may not be used on {location.ToName()}.", directive);
                }
            }
        }
    }
}
