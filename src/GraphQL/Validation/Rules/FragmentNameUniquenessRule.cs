using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.1 Fragment Name Uniqueness.</summary>
public sealed class FragmentNameUniquenessRule : IValidationRule
{
    /// <inheritdoc/>
    public string Name => "UniqueFragmentNamesRule";

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override void Enter(SyntaxNode node)
        {
            if (node is FragmentDefinitionNode fragment)
            {
                var name = fragment.Name;
                if (_known.TryGetValue(name.Value, out var first))
                {
                    context.ReportError($"There can be only one fragment named \"{name.Value}\".", first, name);
                }
                else
                {
                    _known[name.Value] = name;
                }
            }
        }
    }
}
