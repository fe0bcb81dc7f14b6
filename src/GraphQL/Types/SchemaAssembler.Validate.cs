using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Types;

/// <summary>The specification's type-validation rules (graphql-js <c>validateSchema</c>, with its messages).</summary>
internal sealed partial class SchemaAssembler
{
    private void Validate(ObjectType? query, ObjectType? mutation, ObjectType? subscription)
    {
        if (query is null && !_errors.Any(e => e.Message.StartsWith("Query root type", StringComparison.Ordinal)))
        {
            Error("Query root type must be provided.", _schemaDefinition);
        }

        foreach (var directive in _directives)
        {
            if (directive.Definition is null)
            {
                continue;
            }

            ValidateName(directive.Name, directive.Definition);
            ValidateArguments("@" + directive.Name, directive.Arguments);
        }

        foreach (var type in _definedTypes)
        {
            if (type.IsIntrospectionType && _introspectionDefinitions.Contains(type.Definition!))
            {
                continue;
            }

            ValidateName(type.Name, type.Definition);
            switch (type)
            {
                case ObjectType or InterfaceType:
                    ValidateFields((FieldContainerType)type);
                    ValidateInterfaces((FieldContainerType)type);
                    break;
                case UnionType union when union.Types.Count == 0:
                    Error($"Union type {union.Name} must define one or more member types.", union.Definition);
                    break;
                case EnumType enumType:
                    if (enumType.Values.Count == 0)
                    {
                        Error($"Enum type {enumType.Name} must define one or more values.", enumType.Definition);
                    }

                    foreach (var value in enumType.Values)
                    {
                        ValidateName(value.Name, value.Definition);
                    }

                    break;
                case InputObjectType input:
                    ValidateInputObject(input);
                    break;
            }
        }

        ValidateInputCycles();
    }

    private void ValidateName(string name, SyntaxNode? node)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            Error($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
        }
    }

    private void ValidateArguments(string owner, IReadOnlyList<InputValueDefinition> arguments)
    {
        foreach (var argument in arguments)
        {
            ValidateName(argument.Name, argument.Definition);
            if (!argument.Type.IsInputType)
            {
                Error($"The type of {owner}({argument.Name}:) must be Input Type but got: {argument.Type}.", argument.Definition?.Type);
            }

            if (argument.IsRequired && argument.IsDeprecated)
            {
                Error($"Required argument {owner}({argument.Name}:) cannot be deprecated.", argument.Definition);
            }
        }
    }

    private void ValidateFields(FieldContainerType type)
    {
        if (type.Fields.Count == 0)
        {
            Error($"Type {type.Name} must define one or more fields.", type.Definition);
        }

        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, field.Definition);
            if (!field.Type.IsOutputType)
            {
                Error($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.Definition?.Type);
            }

            ValidateArguments($"{type.Name}.{field.Name}", field.Arguments);
        }
    }

    private void ValidateInterfaces(FieldContainerType type)
    {
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(iface, type))
            {
                Error($"Type {type.Name} cannot implement itself because it would create a circular reference.", type.Definition);
                continue;
            }

            foreach (var transitive in iface.Interfaces)
            {
                if (!type.Implements(transitive))
                {
                    Error(ReferenceEquals(transitive, type)
                        ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.", type.Definition);
                }
            }

            ValidateImplementation(type, iface);
        }
    }

    private void ValidateImplementation(FieldContainerType type, InterfaceType iface)
    {
        foreach (var interfaceField in iface.Fields)
        {
            var field = type.GetField(interfaceField.Name);
            if (field is null)
            {
                Error($"Interface field {iface.Name}.{interfaceField.Name} expected but {type.Name} does not provide it.", interfaceField.Definition, type.Definition);
                continue;
            }

            if (!IsSubType(interfaceField.Type, field.Type))
            {
                Error($"Interface field {iface.Name}.{interfaceField.Name} expects type {interfaceField.Type} but {type.Name}.{field.Name} is type {field.Type}.", interfaceField.Definition?.Type, field.Definition?.Type);
            }

            foreach (var interfaceArgument in interfaceField.Arguments)
            {
                var argument = field.GetArgument(interfaceArgument.Name);
                if (argument is null)
                {
                    Error($"Interface field argument {iface.Name}.{interfaceField.Name}({interfaceArgument.Name}:) expected but {type.Name}.{field.Name} does not provide it.", interfaceArgument.Definition, field.Definition);
                    continue;
                }

                if (argument.Type.ToString() != interfaceArgument.Type.ToString())
                {
                    Error($"Interface field argument {iface.Name}.{interfaceField.Name}({interfaceArgument.Name}:) expects type {interfaceArgument.Type} but {type.Name}.{field.Name}({argument.Name}:) is type {argument.Type}.", interfaceArgument.Definition?.Type, argument.Definition?.Type);
                }
            }

            foreach (var argument in field.Arguments)
            {
                if (argument.IsRequired && interfaceField.GetArgument(argument.Name) is null)
                {
                    Error($"Argument {type.Name}.{field.Name}({argument.Name}:) must not be required type {argument.Type} if not provided by the Interface field {iface.Name}.{interfaceField.Name}.", argument.Definition, interfaceField.Definition);
                }
            }
        }
    }

    private static bool IsSubType(GraphQLType superType, GraphQLType subType)
    {
        if (superType.ToString() == subType.ToString())
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return subType is NonNullType subNonNull && IsSubType(superNonNull.OfType, subNonNull.OfType);
        }

        if (subType is NonNullType nonNull)
        {
            return IsSubType(superType, nonNull.OfType);
        }

        if (superType is ListType superList)
        {
            return subType is ListType subList && IsSubType(superList.OfType, subList.OfType);
        }

        if (subType is ListType)
        {
            return false;
        }

        return superType switch
        {
            InterfaceType iface => subType is FieldContainerType container && container.Implements(iface),
            UnionType union => subType is ObjectType obj && union.Types.Contains(obj),
            _ => false,
        };
    }

    private void ValidateInputObject(InputObjectType input)
    {
        if (input.Fields.Count == 0)
        {
            Error($"Input Object type {input.Name} must define one or more fields.", input.Definition);
        }

        foreach (var field in input.Fields)
        {
            ValidateName(field.Name, field.Definition);
            if (!field.Type.IsInputType)
            {
                Error($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.", field.Definition?.Type);
            }

            if (field.IsRequired && field.IsDeprecated)
            {
                Error($"Required input field {input.Name}.{field.Name} cannot be deprecated.", field.Definition);
            }

            if (input.IsOneOf)
            {
                if (field.Type.IsNonNull)
                {
                    Error($"OneOf input field {input.Name}.{field.Name} must be nullable.", field.Definition?.Type);
                }

                if (field.HasDefaultValue)
                {
                    Error($"OneOf input field {input.Name}.{field.Name} cannot have a default value.", field.Definition);
                }
            }
        }
    }

    private void ValidateInputCycles()
    {
        // A chain of non-null, non-list input fields leading back to the same type can never be satisfied.
        var visited = new HashSet<InputObjectType>();
        var pathIndex = new Dictionary<InputObjectType, int>();
        var path = new List<InputValueDefinition>();
        foreach (var input in _definedTypes.OfType<InputObjectType>())
        {
            Detect(input);
        }

        void Detect(InputObjectType input)
        {
            if (!visited.Add(input))
            {
                return;
            }

            pathIndex[input] = path.Count;
            foreach (var field in input.Fields)
            {
                if (field.Type is NonNullType { OfType: InputObjectType fieldType })
                {
                    path.Add(field);
                    if (!pathIndex.TryGetValue(fieldType, out var cycleStart))
                    {
                        Detect(fieldType);
                    }
                    else
                    {
                        var cycle = path.Skip(cycleStart).ToArray();
                        Error($"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{string.Join('.', cycle.Select(f => f.Name))}\".", cycle.Select(f => (SyntaxNode?)f.Definition).ToArray());
                    }

                    path.RemoveAt(path.Count - 1);
                }
            }

            pathIndex.Remove(input);
        }
    }
}
