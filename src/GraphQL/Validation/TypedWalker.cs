using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Validation;

/// <summary>
/// The depth-first walk of an executable document in graphql-js's child order, keeping a
/// <see cref="Validation.TypeInfo"/> up to date and calling hooks on entering and leaving each node
/// (name nodes excepted). Type-system definitions are walked too (graphql-js does the same), so the
/// rules about directives and type names also speak about them; the type information stays empty there.
/// </summary>
internal abstract class TypedWalker
{
    protected TypedWalker(TypeInfo typeInfo)
    {
        TypeInfo = typeInfo;
    }

    protected TypeInfo TypeInfo { get; }

    public void Walk(SyntaxNode node)
    {
        // A document that parsed within the parser's depth limit can still nest deeply; never overflow.
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        TypeInfo.Enter(node);
        if (Enter(node))
        {
            WalkChildren(node);
        }

        Leave(node);
        TypeInfo.Leave(node);
    }

    /// <summary>Returns <c>false</c> to skip the node's children.</summary>
    protected abstract bool Enter(SyntaxNode node);

    protected abstract void Leave(SyntaxNode node);

    private void WalkChildren(SyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode n:
                WalkAll(n.Definitions);
                break;
            case OperationDefinitionNode n:
                WalkAll(n.VariableDefinitions);
                WalkAll(n.Directives);
                Walk(n.SelectionSet);
                break;
            case VariableDefinitionNode n:
                Walk(n.Variable);
                Walk(n.Type);
                if (n.DefaultValue is not null)
                {
                    Walk(n.DefaultValue);
                }

                WalkAll(n.Directives);
                break;
            case SelectionSetNode n:
                WalkAll(n.Selections);
                break;
            case FieldNode n:
                WalkAll(n.Arguments);
                WalkAll(n.Directives);
                if (n.SelectionSet is not null)
                {
                    Walk(n.SelectionSet);
                }

                break;
            case ArgumentNode n:
                Walk(n.Value);
                break;
            case FragmentSpreadNode n:
                WalkAll(n.Directives);
                break;
            case InlineFragmentNode n:
                if (n.TypeCondition is not null)
                {
                    Walk(n.TypeCondition);
                }

                WalkAll(n.Directives);
                Walk(n.SelectionSet);
                break;
            case FragmentDefinitionNode n:
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
                Walk(n.Value);
                break;
            case DirectiveNode n:
                WalkAll(n.Arguments);
                break;
            case ListTypeNode n:
                Walk(n.Type);
                break;
            case SchemaDefinitionNode n:
                WalkAll(n.Directives);
                WalkOperationTypes(n.OperationTypes);
                break;
            case SchemaExtensionNode n:
                WalkAll(n.Directives);
                WalkOperationTypes(n.OperationTypes);
                break;
            case ObjectTypeDefinitionNode n:
                WalkAll(n.Interfaces);
                WalkAll(n.Directives);
                WalkAll(n.Fields);
                break;
            case ObjectTypeExtensionNode n:
                WalkAll(n.Interfaces);
                WalkAll(n.Directives);
                WalkAll(n.Fields);
                break;
            case InterfaceTypeDefinitionNode n:
                WalkAll(n.Interfaces);
                WalkAll(n.Directives);
                WalkAll(n.Fields);
                break;
            case InterfaceTypeExtensionNode n:
                WalkAll(n.Interfaces);
                WalkAll(n.Directives);
                WalkAll(n.Fields);
                break;
            case UnionTypeDefinitionNode n:
                WalkAll(n.Directives);
                WalkAll(n.Types);
                break;
            case UnionTypeExtensionNode n:
                WalkAll(n.Directives);
                WalkAll(n.Types);
                break;
            case EnumTypeDefinitionNode n:
                WalkAll(n.Directives);
                WalkAll(n.Values);
                break;
            case EnumTypeExtensionNode n:
                WalkAll(n.Directives);
                WalkAll(n.Values);
                break;
            case InputObjectTypeDefinitionNode n:
                WalkAll(n.Directives);
                WalkAll(n.Fields);
                break;
            case InputObjectTypeExtensionNode n:
                WalkAll(n.Directives);
                WalkAll(n.Fields);
                break;
            case TypeDefinitionNode n:
                WalkAll(n.Directives);
                break;
            case TypeSystemExtensionNode n:
                WalkAll(n.Directives);
                break;
            case FieldDefinitionNode n:
                WalkAll(n.Arguments);
                Walk(n.Type);
                WalkAll(n.Directives);
                break;
            case InputValueDefinitionNode n:
                Walk(n.Type);
                if (n.DefaultValue is not null)
                {
                    Walk(n.DefaultValue);
                }

                WalkAll(n.Directives);
                break;
            case EnumValueDefinitionNode n:
                WalkAll(n.Directives);
                break;
            case DirectiveDefinitionNode n:
                WalkAll(n.Arguments);
                break;
            case NonNullTypeNode n:
                Walk(n.Type);
                break;
        }
    }

    private void WalkOperationTypes(IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    {
        foreach (var operationType in operationTypes)
        {
            Walk(operationType.Type);
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
