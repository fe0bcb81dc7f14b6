using System.Text;

namespace DigitalPost.GraphQL.Language;

/// <summary>Writes nodes to a <see cref="StringBuilder"/>, tracking the indentation of blocks.</summary>
internal sealed partial class PrintWriter(StringBuilder output)
{
    private int _indent;

    public void Write(SyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode document:
                WriteList(document.Definitions, "\n\n");
                break;
            case NameNode name:
                output.Append(name.Value);
                break;
            case OperationDefinitionNode operation:
                WriteOperation(operation);
                break;
            case FragmentDefinitionNode fragment:
                WriteDescription(fragment.Description);
                output.Append("fragment ").Append(fragment.Name.Value).Append(" on ").Append(fragment.TypeCondition.Name.Value);
                WriteDirectives(fragment.Directives);
                output.Append(' ');
                Write(fragment.SelectionSet);
                break;
            case VariableDefinitionNode variable:
                WriteVariableDefinition(variable);
                break;
            case SelectionSetNode selectionSet:
                WriteBlock(selectionSet.Selections);
                break;
            case FieldNode field:
                WriteField(field);
                break;
            case FragmentSpreadNode spread:
                output.Append("...").Append(spread.Name.Value);
                WriteDirectives(spread.Directives);
                break;
            case InlineFragmentNode inline:
                output.Append("...");
                if (inline.TypeCondition is not null)
                {
                    output.Append(" on ").Append(inline.TypeCondition.Name.Value);
                }

                WriteDirectives(inline.Directives);
                output.Append(' ');
                Write(inline.SelectionSet);
                break;
            case ArgumentNode argument:
                output.Append(argument.Name.Value).Append(": ");
                Write(argument.Value);
                break;
            case DirectiveNode directive:
                output.Append('@').Append(directive.Name.Value);
                WriteArguments(directive.Arguments);
                break;
            case ValueNode value:
                WriteValue(value);
                break;
            case ObjectFieldNode objectField:
                output.Append(objectField.Name.Value).Append(": ");
                Write(objectField.Value);
                break;
            case TypeNode type:
                WriteType(type);
                break;
            default:
                WriteTypeSystem(node);
                break;
        }
    }

    private void WriteOperation(OperationDefinitionNode operation)
    {
        var shorthand = operation.Operation == OperationType.Query && operation.Name is null &&
            operation.Description is null && operation.VariableDefinitions.Count == 0 && operation.Directives.Count == 0;
        if (!shorthand)
        {
            WriteDescription(operation.Description);
            output.Append(operation.Operation.ToKeyword());
            if (operation.Name is not null)
            {
                output.Append(' ').Append(operation.Name.Value);
            }

            if (operation.VariableDefinitions.Count > 0)
            {
                output.Append(operation.Name is null ? " (" : "(");
                WriteList(operation.VariableDefinitions, ", ");
                output.Append(')');
            }

            WriteDirectives(operation.Directives);
            output.Append(' ');
        }

        Write(operation.SelectionSet);
    }

    private void WriteVariableDefinition(VariableDefinitionNode variable)
    {
        if (variable.Description is not null)
        {
            WriteValue(variable.Description);
            output.Append(' ');
        }

        output.Append('$').Append(variable.Variable.Name.Value).Append(": ");
        WriteType(variable.Type);
        if (variable.DefaultValue is not null)
        {
            output.Append(" = ");
            WriteValue(variable.DefaultValue);
        }

        WriteDirectives(variable.Directives);
    }

    private void WriteField(FieldNode field)
    {
        if (field.Alias is not null)
        {
            output.Append(field.Alias.Value).Append(": ");
        }

        output.Append(field.Name.Value);
        WriteArguments(field.Arguments);
        WriteDirectives(field.Directives);
        if (field.SelectionSet is not null)
        {
            output.Append(' ');
            Write(field.SelectionSet);
        }
    }

    private void WriteArguments(IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count == 0)
        {
            return;
        }

        output.Append('(');
        WriteList(arguments, ", ");
        output.Append(')');
    }

    private void WriteDirectives(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            output.Append(' ');
            Write(directive);
        }
    }

    private void WriteType(TypeNode type)
    {
        switch (type)
        {
            case NamedTypeNode named:
                output.Append(named.Name.Value);
                break;
            case ListTypeNode list:
                output.Append('[');
                WriteType(list.Type);
                output.Append(']');
                break;
            case NonNullTypeNode nonNull:
                WriteType(nonNull.Type);
                output.Append('!');
                break;
            default:
                throw new ArgumentException($"Unknown type node {type.GetType().Name}.", nameof(type));
        }
    }

    private void WriteValue(ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                output.Append('$').Append(variable.Name.Value);
                break;
            case IntValueNode intValue:
                output.Append(intValue.Value);
                break;
            case FloatValueNode floatValue:
                output.Append(floatValue.Value);
                break;
            case StringValueNode stringValue:
                if (!stringValue.Block || !TryWriteBlockString(stringValue.Value))
                {
                    WriteQuotedString(stringValue.Value);
                }

                break;
            case BooleanValueNode boolean:
                output.Append(boolean.Value ? "true" : "false");
                break;
            case NullValueNode:
                output.Append("null");
                break;
            case EnumValueNode enumValue:
                output.Append(enumValue.Value);
                break;
            case ListValueNode list:
                output.Append('[');
                WriteList(list.Values, ", ");
                output.Append(']');
                break;
            case ObjectValueNode obj:
                output.Append('{');
                WriteList(obj.Fields, ", ");
                output.Append('}');
                break;
            default:
                throw new ArgumentException($"Unknown value node {value.GetType().Name}.", nameof(value));
        }
    }

    private void WriteList<T>(IReadOnlyList<T> nodes, string separator)
        where T : SyntaxNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (i > 0)
            {
                output.Append(separator);
            }

            Write(nodes[i]);
        }
    }

    /// <summary>Writes <c>{</c>, each node on its own indented line, and <c>}</c>.</summary>
    private void WriteBlock<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode
    {
        output.Append('{');
        _indent++;
        foreach (var node in nodes)
        {
            NewLine();
            Write(node);
        }

        _indent--;
        NewLine();
        output.Append('}');
    }

    private void NewLine()
    {
        output.Append('\n');
        output.Append(' ', _indent * 2);
    }

    private void WriteDescription(StringValueNode? description)
    {
        if (description is null)
        {
            return;
        }

        WriteValue(description);
        NewLine();
    }
}
