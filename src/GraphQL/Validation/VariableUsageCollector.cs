using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Validation;

/// <summary>Collects variable usages with their expected types (graphql-js's getVariableUsages).</summary>
internal sealed class VariableUsageCollector : TypedWalker
{
    private readonly List<VariableUsage> _usages = [];

    public VariableUsageCollector(Types.Schema schema)
        : base(new TypeInfo(schema))
    {
    }

    public IReadOnlyList<VariableUsage> Usages => _usages;

    protected override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case VariableDefinitionNode:
                return false;
            case VariableNode variable:
                _usages.Add(new VariableUsage(variable, TypeInfo.InputType, TypeInfo.HasDefaultValue, TypeInfo.ParentInputType));
                break;
        }

        return true;
    }

    protected override void Leave(SyntaxNode node)
    {
    }
}
