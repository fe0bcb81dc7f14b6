namespace DigitalPost.GraphQL.Language;

/// <summary>
/// Walks a syntax tree depth-first in source order (children in graphql-js's visitor key order),
/// calling <see cref="Enter"/> before and <see cref="Leave"/> after each node's children. Derive from it
/// for analyses over documents (validation rules, collecting variables, counting fields).
/// </summary>
public abstract class SyntaxWalker
{
    /// <summary>Walks <paramref name="node"/> and everything below it.</summary>
    public void Walk(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (!Enter(node))
        {
            return;
        }

        WalkChildren(node);
        Leave(node);
    }

    /// <summary>Called on entering a node; return <c>false</c> to skip its children and its <see cref="Leave"/>.</summary>
    protected virtual bool Enter(SyntaxNode node) => true;

    /// <summary>Called after a node's children have been walked.</summary>
    protected virtual void Leave(SyntaxNode node)
    {
    }

    private void WalkChildren(SyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode n:
                WalkAll(n.Definitions);
                break;
            case OperationDefinitionNode n:
                WalkOptional(n.Description);
                WalkOptional(n.Name);
                WalkAll(n.VariableDefinitions);
                WalkAll(n.Directives);
                Walk(n.SelectionSet);
                break;
            case VariableDefinitionNode n:
                WalkOptional(n.Description);
                Walk(n.Variable);
                Walk(n.Type);
                WalkOptional(n.DefaultValue);
                WalkAll(n.Directives);
                break;
            case VariableNode n:
                Walk(n.Name);
                break;
            case SelectionSetNode n:
                WalkAll(n.Selections);
                break;
            case FieldNode n:
                WalkOptional(n.Alias);
                Walk(n.Name);
                WalkAll(n.Arguments);
                WalkAll(n.Directives);
                WalkOptional(n.SelectionSet);
                break;
            case ArgumentNode n:
                Walk(n.Name);
                Walk(n.Value);
                break;
            case FragmentSpreadNode n:
                Walk(n.Name);
                WalkAll(n.Directives);
                break;
            case InlineFragmentNode n:
                WalkOptional(n.TypeCondition);
                WalkAll(n.Directives);
                Walk(n.SelectionSet);
                break;
            case FragmentDefinitionNode n:
                WalkOptional(n.Description);
                Walk(n.Name);
                Walk(n.TypeCondition);
                WalkAll(n.Directives);
                Walk(n.SelectionSet);
                break;
            case ListValueNode n:
                WalkAll(n.Values);
                break;
            case ObjectValueNode n:
                WalkAll(n.Fields);
                break;
            case ObjectFieldNode n:
                Walk(n.Name);
                Walk(n.Value);
                break;
            case DirectiveNode n:
                Walk(n.Name);
                WalkAll(n.Arguments);
                break;
            case NamedTypeNode n:
                Walk(n.Name);
                break;
            case ListTypeNode n:
                Walk(n.Type);
                break;
            case NonNullTypeNode n:
                Walk(n.Type);
                break;
            default:
                WalkTypeSystemChildren(node);
                break;
        }
    }

    private void WalkTypeSystemChildren(SyntaxNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode n:
                WalkOptional(n.Description);
                WalkAll(n.Directives);
                WalkAll(n.OperationTypes);
                break;
            case OperationTypeDefinitionNode n:
                Walk(n.Type);
                break;
            case ScalarTypeDefinitionNode n:
                WalkOptional(n.Description);
                Walk(n.Name);
                WalkAll(n.Directives);
                break;
            case ObjectTypeDefinitionNode n:
                WalkOptional(n.Description);
                Walk(n.Name);
                WalkAll(n.Interfaces);
                WalkAll(n.Directives);
                WalkAll(n.Fields);
                break;
            case InterfaceTypeDefinitionNode n:
                WalkOptional(n.Description);
                Walk(n.Name);
                WalkAll(n.Interfaces);
                WalkAll(n.Directives);
                WalkAll(n.Fields);
                break;
            case UnionTypeDefinitionNode n:
                WalkOptional(n.Description);
                Walk(n.Name);
                WalkAll(n.Directives);
                WalkAll(n.Types);
                break;
            case EnumTypeDefinitionNode n:
                WalkOptional(n.Description);
                Walk(n.Name);
                WalkAll(n.Directives);
                WalkAll(n.Values);
                break;
            case InputObjectTypeDefinitionNode n:
                WalkOptional(n.Description);
                Walk(n.Name);
                WalkAll(n.Directives);
                WalkAll(n.Fields);
                break;
            case FieldDefinitionNode n:
                WalkOptional(n.Description);
                Walk(n.Name);
                WalkAll(n.Arguments);
                Walk(n.Type);
                WalkAll(n.Directives);
                break;
            case InputValueDefinitionNode n:
                WalkOptional(n.Description);
                Walk(n.Name);
                Walk(n.Type);
                WalkOptional(n.DefaultValue);
                WalkAll(n.Directives);
                break;
            case EnumValueDefinitionNode n:
                WalkOptional(n.Description);
                Walk(n.Name);
                WalkAll(n.Directives);
                break;
            case DirectiveDefinitionNode n:
                WalkOptional(n.Description);
                Walk(n.Name);
                WalkAll(n.Arguments);
                WalkAll(n.Locations);
                break;
            case SchemaExtensionNode n:
                WalkAll(n.Directives);
                WalkAll(n.OperationTypes);
                break;
            case ScalarTypeExtensionNode n:
                Walk(n.Name);
                WalkAll(n.Directives);
                break;
            case ObjectTypeExtensionNode n:
                Walk(n.Name);
                WalkAll(n.Interfaces);
                WalkAll(n.Directives);
                WalkAll(n.Fields);
                break;
            case InterfaceTypeExtensionNode n:
                Walk(n.Name);
                WalkAll(n.Interfaces);
                WalkAll(n.Directives);
                WalkAll(n.Fields);
                break;
            case UnionTypeExtensionNode n:
                Walk(n.Name);
                WalkAll(n.Directives);
                WalkAll(n.Types);
                break;
            case EnumTypeExtensionNode n:
                Walk(n.Name);
                WalkAll(n.Directives);
                WalkAll(n.Values);
                break;
            case InputObjectTypeExtensionNode n:
                Walk(n.Name);
                WalkAll(n.Directives);
                WalkAll(n.Fields);
                break;
            default:
                // Leaves: names and scalar values have no children.
                break;
        }
    }

    private void WalkOptional(SyntaxNode? node)
    {
        if (node is not null)
        {
            Walk(node);
        }
    }

    private void WalkAll<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            Walk(nodes[i]);
        }
    }
}
