using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.5 All Variable Usages Are Allowed: a variable's type fits each position it is used in; a
/// nullable variable may feed a non-null position only when the variable has a non-null default value
/// or the position has a default value. A variable feeding a @oneOf input field must be non-null.
/// </summary>
public sealed class AllVariableUsagesAreAllowedRule : IValidationRule
{
    /// <inheritdoc/>
    public string Name => "VariablesInAllowedPositionRule";

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Leave(SyntaxNode node)
        {
            if (node is not OperationDefinitionNode operation)
            {
                return;
            }

            var definitions = new Dictionary<string, VariableDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in operation.VariableDefinitions)
            {
                definitions[definition.Variable.Name.Value] = definition;
            }

            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (!definitions.TryGetValue(name, out var definition) || usage.Type is not { } locationType
                    || TypeAst.FromAst(context.Schema, definition.Type) is not { } variableType)
                {
                    continue;
                }

                if (!IsAllowed(variableType, definition.DefaultValue, locationType, usage.HasLocationDefault))
                {
                    context.ReportError($"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".", definition, usage.Node);
                }

                if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType)
                {
                    context.ReportError($"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".", definition, usage.Node);
                }
            }
        }

        private bool IsAllowed(GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, bool hasLocationDefault)
        {
            if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
            {
                var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
                return (hasNonNullVariableDefault || hasLocationDefault) && TypeAst.IsTypeSubTypeOf(context.Schema, variableType, nonNullLocation.OfType);
            }

            return TypeAst.IsTypeSubTypeOf(context.Schema, variableType, locationType);
        }
    }
}
