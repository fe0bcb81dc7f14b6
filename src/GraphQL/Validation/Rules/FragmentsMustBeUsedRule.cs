using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.4 Fragments Must Be Used: every fragment is spread, directly or indirectly, by an operation.</summary>
public sealed class FragmentsMustBeUsedRule : IValidationRule
{
    /// <inheritdoc/>
    public string Name => "NoUnusedFragmentsRule";

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Leave(SyntaxNode node)
        {
            if (node is not DocumentNode document)
            {
                return;
            }

            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var definition in document.Definitions)
            {
                if (definition is OperationDefinitionNode operation)
                {
                    foreach (var fragment in context.GetRecursivelyReferencedFragments(operation))
                    {
                        used.Add(fragment.Name.Value);
                    }
                }
            }

            foreach (var definition in document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment && !used.Contains(fragment.Name.Value))
                {
                    context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
                }
            }
        }
    }
}
