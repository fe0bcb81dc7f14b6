namespace DigitalPost.GraphQL.Language;

/// <summary>Type-system definitions and extensions.</summary>
internal sealed partial class PrintWriter
{
    private void WriteTypeSystem(SyntaxNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode schema:
                WriteDescription(schema.Description);
                output.Append("schema");
                WriteDirectives(schema.Directives);
                output.Append(' ');
                WriteBlock(schema.OperationTypes);
                break;
            case OperationTypeDefinitionNode operationType:
                output.Append(operationType.Operation.ToKeyword()).Append(": ").Append(operationType.Type.Name.Value);
                break;
            case ScalarTypeDefinitionNode scalar:
                WriteDescription(scalar.Description);
                output.Append("scalar ").Append(scalar.Name.Value);
                WriteDirectives(scalar.Directives);
                break;
            case ObjectTypeDefinitionNode objectType:
                WriteDescription(objectType.Description);
                WriteObjectLike("type ", objectType.Name, objectType.Interfaces, objectType.Directives, objectType.Fields);
                break;
            case InterfaceTypeDefinitionNode interfaceType:
                WriteDescription(interfaceType.Description);
                WriteObjectLike("interface ", interfaceType.Name, interfaceType.Interfaces, interfaceType.Directives, interfaceType.Fields);
                break;
            case UnionTypeDefinitionNode union:
                WriteDescription(union.Description);
                WriteUnion("union ", union.Name, union.Directives, union.Types);
                break;
            case EnumTypeDefinitionNode enumType:
                WriteDescription(enumType.Description);
                WriteNamedWithBlock("enum ", enumType.Name, enumType.Directives, enumType.Values);
                break;
            case InputObjectTypeDefinitionNode input:
                WriteDescription(input.Description);
                WriteNamedWithBlock("input ", input.Name, input.Directives, input.Fields);
                break;
            case FieldDefinitionNode field:
                WriteDescription(field.Description);
                output.Append(field.Name.Value);
                WriteArgumentDefinitions(field.Arguments);
                output.Append(": ");
                WriteType(field.Type);
                WriteDirectives(field.Directives);
                break;
            case InputValueDefinitionNode inputValue:
                WriteDescription(inputValue.Description);
                output.Append(inputValue.Name.Value).Append(": ");
                WriteType(inputValue.Type);
                if (inputValue.DefaultValue is not null)
                {
                    output.Append(" = ");
                    WriteValue(inputValue.DefaultValue);
                }

                WriteDirectives(inputValue.Directives);
                break;
            case EnumValueDefinitionNode enumValue:
                WriteDescription(enumValue.Description);
                output.Append(enumValue.Name.Value);
                WriteDirectives(enumValue.Directives);
                break;
            case DirectiveDefinitionNode directive:
                WriteDescription(directive.Description);
                output.Append("directive @").Append(directive.Name.Value);
                WriteArgumentDefinitions(directive.Arguments);
                output.Append(directive.Repeatable ? " repeatable on " : " on ");
                WriteList(directive.Locations, " | ");
                break;
            case SchemaExtensionNode schemaExtension:
                output.Append("extend schema");
                WriteDirectives(schemaExtension.Directives);
                if (schemaExtension.OperationTypes.Count > 0)
                {
                    output.Append(' ');
                    WriteBlock(schemaExtension.OperationTypes);
                }

                break;
            case ScalarTypeExtensionNode scalarExtension:
                output.Append("extend scalar ").Append(scalarExtension.Name.Value);
                WriteDirectives(scalarExtension.Directives);
                break;
            case ObjectTypeExtensionNode objectExtension:
                WriteObjectLike("extend type ", objectExtension.Name, objectExtension.Interfaces, objectExtension.Directives, objectExtension.Fields);
                break;
            case InterfaceTypeExtensionNode interfaceExtension:
                WriteObjectLike("extend interface ", interfaceExtension.Name, interfaceExtension.Interfaces, interfaceExtension.Directives, interfaceExtension.Fields);
                break;
            case UnionTypeExtensionNode unionExtension:
                WriteUnion("extend union ", unionExtension.Name, unionExtension.Directives, unionExtension.Types);
                break;
            case EnumTypeExtensionNode enumExtension:
                WriteNamedWithBlock("extend enum ", enumExtension.Name, enumExtension.Directives, enumExtension.Values);
                break;
            case InputObjectTypeExtensionNode inputExtension:
                WriteNamedWithBlock("extend input ", inputExtension.Name, inputExtension.Directives, inputExtension.Fields);
                break;
            default:
                throw new ArgumentException($"Unknown syntax node {node.GetType().Name}.", nameof(node));
        }
    }

    private void WriteObjectLike(
        string keyword,
        NameNode name,
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<FieldDefinitionNode> fields)
    {
        output.Append(keyword).Append(name.Value);
        if (interfaces.Count > 0)
        {
            output.Append(" implements ");
            WriteList(interfaces, " & ");
        }

        WriteDirectives(directives);
        if (fields.Count > 0)
        {
            output.Append(' ');
            WriteBlock(fields);
        }
    }

    private void WriteUnion(string keyword, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types)
    {
        output.Append(keyword).Append(name.Value);
        WriteDirectives(directives);
        if (types.Count > 0)
        {
            output.Append(" = ");
            WriteList(types, " | ");
        }
    }

    private void WriteNamedWithBlock<T>(string keyword, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<T> members)
        where T : SyntaxNode
    {
        output.Append(keyword).Append(name.Value);
        WriteDirectives(directives);
        if (members.Count > 0)
        {
            output.Append(' ');
            WriteBlock(members);
        }
    }

    /// <summary>Arguments go on one line, or one per line when any has a description (as graphql-js does).</summary>
    private void WriteArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        if (arguments.Count == 0)
        {
            return;
        }

        var multiline = false;
        foreach (var argument in arguments)
        {
            multiline |= argument.Description is not null;
        }

        if (!multiline)
        {
            output.Append('(');
            WriteList(arguments, ", ");
            output.Append(')');
            return;
        }

        output.Append('(');
        _indent++;
        foreach (var argument in arguments)
        {
            NewLine();
            Write(argument);
        }

        _indent--;
        NewLine();
        output.Append(')');
    }
}
