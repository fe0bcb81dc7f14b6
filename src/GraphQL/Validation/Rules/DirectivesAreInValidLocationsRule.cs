using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Validation.Rules;

/// <summary>Spec 5.7.2 Directives Are In Valid Locations (executable locations, and type-system ones when a document has such definitions).</summary>
public sealed class DirectivesAreInValidLocationsRule : IValidationRule
{
    /// <inheritdoc/>
    public string Name => "KnownDirectivesRule";

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private int _inputObjectDepth;

        public override void Enter(SyntaxNode node)
        {
            if (node is InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode)
            {
                _inputObjectDepth++;
            }

            if (node is not IHasDirectives { Directives.Count: > 0 } owner || LocationOf(node) is not { } location)
            {
                return;
            }

            var locationName = location.ToName();
            foreach (var directive in owner.Directives)
            {
                var name = directive.Name.Value;
                var allowed = context.Schema.GetDirective(name) is { } definition
                    ? definition.LocationNames.Contains(locationName)
                    : context.GetDocumentDirective(name) is not { } documentDefinition || documentDefinition.Locations.Any(l => l.Value == locationName);
                if (!allowed)
                {
                    context.ReportError($"Directive \"@{name}\" may not be used on {locationName}.", directive);
                }
            }
        }

        public override void Leave(SyntaxNode node)
        {
            if (node is InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode)
            {
                _inputObjectDepth--;
            }
        }

        private DirectiveLocation? LocationOf(SyntaxNode node) => node switch
        {
            OperationDefinitionNode operation => operation.Operation switch
            {
                OperationType.Mutation => DirectiveLocation.Mutation,
                OperationType.Subscription => DirectiveLocation.Subscription,
                _ => DirectiveLocation.Query,
            },
            FieldNode => DirectiveLocation.Field,
            FragmentSpreadNode => DirectiveLocation.FragmentSpread,
            InlineFragmentNode => DirectiveLocation.InlineFragment,
            FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
            VariableDefinitionNode => DirectiveLocation.VariableDefinition,
            SchemaDefinitionNode or SchemaExtensionNode => DirectiveLocation.Schema,
            ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.Scalar,
            ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.Object,
            FieldDefinitionNode => DirectiveLocation.FieldDefinition,
            InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocation.Interface,
            UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.Union,
            EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocation.Enum,
            EnumValueDefinitionNode => DirectiveLocation.EnumValue,
            InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => DirectiveLocation.InputObject,
            InputValueDefinitionNode => _inputObjectDepth > 0 ? DirectiveLocation.InputFieldDefinition : DirectiveLocation.ArgumentDefinition,
            _ => null,
        };
    }
}
