using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Validation;

/// <summary>
/// Tracks, during a walk of an executable document, the types around the current node: the parent
/// composite type of a selection, the output type and definition of the current field, the expected
/// input type of the current value (and of its parent), the current directive and argument, and
/// whether the current input position has a default value. Call <see cref="Enter"/> before and
/// <see cref="Leave"/> after a node's children are walked.
/// </summary>
public sealed class TypeInfo
{
    private readonly Schema _schema;
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefStack = [];
    private readonly List<bool> _defaultValueStack = [];

    /// <summary>Creates a tracker for <paramref name="schema"/>.</summary>
    public TypeInfo(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _schema = schema;
    }

    /// <summary>The output type of the current field or fragment, or <c>null</c> when unknown.</summary>
    public GraphQLType? Type => Peek(_typeStack);

    /// <summary>The composite type whose selection set is being walked, or <c>null</c>.</summary>
    public NamedType? ParentType => Peek(_parentTypeStack);

    /// <summary>The expected input type of the current argument or value, or <c>null</c>.</summary>
    public GraphQLType? InputType => Peek(_inputTypeStack);

    /// <summary>The expected input type of the value around the current one (e.g. the object of a field), or <c>null</c>.</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    /// <summary>The definition of the current field, or <c>null</c>.</summary>
    public FieldDefinition? FieldDefinition => Peek(_fieldDefStack);

    /// <summary>Whether the current input position (argument or input field) has a default value.</summary>
    public bool HasDefaultValue => _defaultValueStack.Count > 0 && _defaultValueStack[^1];

    /// <summary>The current directive's definition, or <c>null</c>.</summary>
    public DirectiveDefinition? Directive { get; private set; }

    /// <summary>The current argument's definition, or <c>null</c>.</summary>
    public InputValueDefinition? Argument { get; private set; }

    /// <summary>The current enum value's definition, or <c>null</c>.</summary>
    public EnumValueDefinition? EnumValue { get; private set; }

    /// <summary>Updates the state for entering <paramref name="node"/>.</summary>
    public void Enter(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                var named = Type?.NamedType;
                _parentTypeStack.Add(named is FieldContainerType or UnionType ? named : null);
                break;
            case FieldNode field:
                var parent = ParentType;
                var definition = parent is null ? null : TypeAst.GetFieldDefinition(_schema, parent, field.Name.Value);
                _fieldDefStack.Add(definition);
                _typeStack.Add(definition?.Type);
                break;
            case DirectiveNode directive:
                Directive = _schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(_schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                var inlineType = inline.TypeCondition is null ? Type?.NamedType : TypeAst.FromAst(_schema, inline.TypeCondition);
                _typeStack.Add(inlineType is { IsOutputType: true } ? inlineType : null);
                break;
            case FragmentDefinitionNode fragment:
                var fragmentType = TypeAst.FromAst(_schema, fragment.TypeCondition);
                _typeStack.Add(fragmentType is { IsOutputType: true } ? fragmentType : null);
                break;
            case VariableDefinitionNode variable:
                var variableType = TypeAst.FromAst(_schema, variable.Type);
                _inputTypeStack.Add(variableType is { IsInputType: true } ? variableType : null);
                break;
            case ArgumentNode argument:
                var argumentDefinition = Directive is { } d ? d.GetArgument(argument.Name.Value) : FieldDefinition?.GetArgument(argument.Name.Value);
                Argument = argumentDefinition;
                _defaultValueStack.Add(argumentDefinition?.HasDefaultValue == true);
                _inputTypeStack.Add(argumentDefinition?.Type is { IsInputType: true } argumentType ? argumentType : null);
                break;
            case ListValueNode:
                var listType = InputType?.Nullable;
                var itemType = listType is ListType list ? list.OfType : listType;
                _defaultValueStack.Add(false);
                _inputTypeStack.Add(itemType is { IsInputType: true } ? itemType : null);
                break;
            case ObjectFieldNode objectField:
                var inputField = (InputType?.NamedType as InputObjectType)?.GetField(objectField.Name.Value);
                _defaultValueStack.Add(inputField?.HasDefaultValue == true);
                _inputTypeStack.Add(inputField?.Type is { IsInputType: true } fieldType ? fieldType : null);
                break;
            case EnumValueNode enumValue:
                EnumValue = (InputType?.NamedType as EnumType)?.GetValue(enumValue.Value);
                break;
        }
    }

    /// <summary>Updates the state for leaving <paramref name="node"/>.</summary>
    public void Leave(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                Pop(_parentTypeStack);
                break;
            case FieldNode:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                Pop(_typeStack);
                break;
            case VariableDefinitionNode:
                Pop(_inputTypeStack);
                break;
            case ArgumentNode:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case ListValueNode or ObjectFieldNode:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case EnumValueNode:
                EnumValue = null;
                break;
        }
    }

    private static T? Peek<T>(List<T?> stack) => stack.Count == 0 ? default : stack[^1];

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);
}
