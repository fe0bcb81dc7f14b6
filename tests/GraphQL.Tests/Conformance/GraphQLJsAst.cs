using System.Text.Json.Nodes;
using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Tests.Conformance;

/// <summary>
/// Our syntax tree in graphql-js's JSON shape (kind and field names as graphql-js has them), in the
/// same normal form parse-corpus.js produces: no locations, absent children and empty lists left out.
/// </summary>
internal static class GraphQLJsAst
{
    public static JsonObject ToJson(SyntaxNode node)
    {
        var json = new JsonObject { ["kind"] = node.Kind.ToString() };
        switch (node)
        {
            case NameNode n:
                Add(json, "value", n.Value);
                break;
            case DocumentNode n:
                Add(json, "definitions", n.Definitions);
                break;
            case OperationDefinitionNode n:
                Add(json, "operation", n.Operation.ToKeyword());
                Add(json, "description", n.Description);
                Add(json, "name", n.Name);
                Add(json, "variableDefinitions", n.VariableDefinitions);
                Add(json, "directives", n.Directives);
                Add(json, "selectionSet", n.SelectionSet);
                break;
            case FragmentDefinitionNode n:
                Add(json, "description", n.Description);
                Add(json, "name", n.Name);
                Add(json, "typeCondition", n.TypeCondition);
                Add(json, "directives", n.Directives);
                Add(json, "selectionSet", n.SelectionSet);
                break;
            case VariableDefinitionNode n:
                Add(json, "description", n.Description);
                Add(json, "variable", n.Variable);
                Add(json, "type", n.Type);
                Add(json, "defaultValue", n.DefaultValue);
                Add(json, "directives", n.Directives);
                break;
            case SelectionSetNode n:
                Add(json, "selections", n.Selections);
                break;
            case FieldNode n:
                Add(json, "alias", n.Alias);
                Add(json, "name", n.Name);
                Add(json, "arguments", n.Arguments);
                Add(json, "directives", n.Directives);
                Add(json, "selectionSet", n.SelectionSet);
                break;
            case FragmentSpreadNode n:
                Add(json, "name", n.Name);
                Add(json, "directives", n.Directives);
                break;
            case InlineFragmentNode n:
                Add(json, "typeCondition", n.TypeCondition);
                Add(json, "directives", n.Directives);
                Add(json, "selectionSet", n.SelectionSet);
                break;
            case ArgumentNode n:
                Add(json, "name", n.Name);
                Add(json, "value", n.Value);
                break;
            case DirectiveNode n:
                Add(json, "name", n.Name);
                Add(json, "arguments", n.Arguments);
                break;
            case VariableNode n:
                Add(json, "name", n.Name);
                break;
            case IntValueNode n:
                Add(json, "value", n.Value);
                break;
            case FloatValueNode n:
                Add(json, "value", n.Value);
                break;
            case StringValueNode n:
                Add(json, "value", n.Value);
                json["block"] = n.Block;
                break;
            case BooleanValueNode n:
                json["value"] = n.Value;
                break;
            case NullValueNode:
                break;
            case EnumValueNode n:
                Add(json, "value", n.Value);
                break;
            case ListValueNode n:
                Add(json, "values", n.Values);
                break;
            case ObjectValueNode n:
                Add(json, "fields", n.Fields);
                break;
            case ObjectFieldNode n:
                Add(json, "name", n.Name);
                Add(json, "value", n.Value);
                break;
            case NamedTypeNode n:
                Add(json, "name", n.Name);
                break;
            case ListTypeNode n:
                Add(json, "type", n.Type);
                break;
            case NonNullTypeNode n:
                Add(json, "type", n.Type);
                break;
            case SchemaDefinitionNode n:
                Add(json, "description", n.Description);
                Add(json, "directives", n.Directives);
                Add(json, "operationTypes", n.OperationTypes);
                break;
            case OperationTypeDefinitionNode n:
                Add(json, "operation", n.Operation.ToKeyword());
                Add(json, "type", n.Type);
                break;
            case ScalarTypeDefinitionNode n:
                AddTypeDefinition(json, n);
                break;
            case ObjectTypeDefinitionNode n:
                AddTypeDefinition(json, n);
                Add(json, "interfaces", n.Interfaces);
                Add(json, "fields", n.Fields);
                break;
            case InterfaceTypeDefinitionNode n:
                AddTypeDefinition(json, n);
                Add(json, "interfaces", n.Interfaces);
                Add(json, "fields", n.Fields);
                break;
            case UnionTypeDefinitionNode n:
                AddTypeDefinition(json, n);
                Add(json, "types", n.Types);
                break;
            case EnumTypeDefinitionNode n:
                AddTypeDefinition(json, n);
                Add(json, "values", n.Values);
                break;
            case InputObjectTypeDefinitionNode n:
                AddTypeDefinition(json, n);
                Add(json, "fields", n.Fields);
                break;
            case FieldDefinitionNode n:
                Add(json, "description", n.Description);
                Add(json, "name", n.Name);
                Add(json, "arguments", n.Arguments);
                Add(json, "type", n.Type);
                Add(json, "directives", n.Directives);
                break;
            case InputValueDefinitionNode n:
                Add(json, "description", n.Description);
                Add(json, "name", n.Name);
                Add(json, "type", n.Type);
                Add(json, "defaultValue", n.DefaultValue);
                Add(json, "directives", n.Directives);
                break;
            case EnumValueDefinitionNode n:
                Add(json, "description", n.Description);
                Add(json, "name", n.Name);
                Add(json, "directives", n.Directives);
                break;
            case DirectiveDefinitionNode n:
                Add(json, "description", n.Description);
                Add(json, "name", n.Name);
                Add(json, "arguments", n.Arguments);
                json["repeatable"] = n.Repeatable;
                Add(json, "locations", n.Locations);
                break;
            case SchemaExtensionNode n:
                Add(json, "directives", n.Directives);
                Add(json, "operationTypes", n.OperationTypes);
                break;
            case ScalarTypeExtensionNode n:
                AddTypeExtension(json, n);
                break;
            case ObjectTypeExtensionNode n:
                AddTypeExtension(json, n);
                Add(json, "interfaces", n.Interfaces);
                Add(json, "fields", n.Fields);
                break;
            case InterfaceTypeExtensionNode n:
                AddTypeExtension(json, n);
                Add(json, "interfaces", n.Interfaces);
                Add(json, "fields", n.Fields);
                break;
            case UnionTypeExtensionNode n:
                AddTypeExtension(json, n);
                Add(json, "types", n.Types);
                break;
            case EnumTypeExtensionNode n:
                AddTypeExtension(json, n);
                Add(json, "values", n.Values);
                break;
            case InputObjectTypeExtensionNode n:
                AddTypeExtension(json, n);
                Add(json, "fields", n.Fields);
                break;
            default:
                throw new ArgumentException($"No graphql-js shape for {node.GetType().Name}.", nameof(node));
        }

        return json;
    }

    private static void AddTypeDefinition(JsonObject json, TypeDefinitionNode node)
    {
        Add(json, "description", node.Description);
        Add(json, "name", node.Name);
        Add(json, "directives", node.Directives);
    }

    private static void AddTypeExtension(JsonObject json, TypeExtensionNode node)
    {
        Add(json, "name", node.Name);
        Add(json, "directives", node.Directives);
    }

    private static void Add(JsonObject json, string key, string value) => json[key] = value;

    private static void Add(JsonObject json, string key, SyntaxNode? node)
    {
        if (node is not null)
        {
            json[key] = ToJson(node);
        }
    }

    private static void Add<T>(JsonObject json, string key, IReadOnlyList<T> nodes)
        where T : SyntaxNode
    {
        if (nodes.Count == 0)
        {
            return;
        }

        var array = new JsonArray();
        foreach (var node in nodes)
        {
            array.Add(ToJson(node));
        }

        json[key] = array;
    }
}
