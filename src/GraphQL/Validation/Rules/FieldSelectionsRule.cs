using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Validation.Rules;

/// <summary>Spec 5.3.1 Field Selections: a selected field must be defined on the parent object, interface or union type.</summary>
public sealed class FieldSelectionsRule : IValidationRule
{
    /// <inheritdoc/>
    public string Name => "FieldsOnCorrectTypeRule";

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Enter(SyntaxNode node)
        {
            if (node is not FieldNode field || context.TypeInfo.ParentType is not { } parentType || context.TypeInfo.FieldDefinition is not null)
            {
                return;
            }

            var fieldName = field.Name.Value;
            var hint = Suggestions.DidYouMean(SuggestedTypeNames(parentType, fieldName), "to use an inline fragment on");
            if (hint.Length == 0)
            {
                hint = Suggestions.DidYouMean(parentType is FieldContainerType container ? Suggestions.List(fieldName, container.Fields.Select(f => f.Name)) : []);
            }

            context.ReportError($"Cannot query field \"{fieldName}\" on type \"{parentType.Name}\"." + hint, field);
        }

        /// <summary>For an abstract type: the possible types and interfaces that have the field, most used first.</summary>
        private List<string> SuggestedTypeNames(NamedType type, string fieldName)
        {
            if (!type.IsAbstractType)
            {
                return [];
            }

            var schema = context.Schema;
            var usage = new Dictionary<NamedType, int>();
            foreach (var possible in schema.GetPossibleTypes(type))
            {
                if (possible.GetField(fieldName) is null)
                {
                    continue;
                }

                usage[possible] = 1;
                foreach (var implemented in possible.Interfaces)
                {
                    if (implemented.GetField(fieldName) is not null)
                    {
                        usage[implemented] = usage.GetValueOrDefault(implemented) + 1;
                    }
                }
            }

            var types = usage.Keys.ToList();
            types.Sort((a, b) =>
            {
                var diff = usage[b] - usage[a];
                if (diff != 0)
                {
                    return diff;
                }

                if (a is InterfaceType && schema.IsSubType(a, b))
                {
                    return -1;
                }

                return b is InterfaceType && schema.IsSubType(b, a) ? 1 : Suggestions.NaturalCompare(a.Name, b.Name);
            });
            return types.Select(t => t.Name).ToList();
        }
    }
}
