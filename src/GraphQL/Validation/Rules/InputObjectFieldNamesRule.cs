using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Validation.Rules;

/// <summary>Spec 5.6.2 Input Object Field Names: every field of an input object literal is defined by its type.</summary>
public sealed class InputObjectFieldNamesRule : IValidationRule
{
    /// <inheritdoc/>
    public string Name => "ValuesOfCorrectTypeRule";

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Enter(SyntaxNode node)
        {
            if (node is ObjectFieldNode field && context.TypeInfo.InputType is null
                && context.TypeInfo.ParentInputType?.NamedType is InputObjectType parentType)
            {
                var name = field.Name.Value;
                context.ReportError(
                    $"Field \"{name}\" is not defined by type \"{parentType.Name}\"." + Suggestions.DidYouMean(Suggestions.List(name, parentType.Fields.Select(f => f.Name))),
                    field);
            }
        }
    }
}
