using DigitalPost.GraphQL.Introspection;
using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Utilities;

namespace DigitalPost.GraphQL.Types;

/// <summary>Turns the SDL and bindings of a <see cref="SchemaBuilder"/> into a validated <see cref="Schema"/>.</summary>
internal sealed partial class SchemaAssembler
{
    private const string DefaultDeprecationReason = "No longer supported";

    private readonly SchemaBuilder _builder;
    private readonly List<SchemaError> _errors = [];
    private readonly List<TypeDefinitionNode> _typeDefinitions = [];
    private readonly Dictionary<string, List<TypeExtensionNode>> _extensions = new(StringComparer.Ordinal);
    private readonly List<DirectiveDefinitionNode> _directiveDefinitions = [];
    private readonly List<SchemaExtensionNode> _schemaExtensions = [];
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly List<NamedType> _definedTypes = [];
    private readonly List<DirectiveDefinition> _directives = [];
    private readonly HashSet<TypeDefinitionNode> _introspectionDefinitions = [];
    private SchemaDefinitionNode? _schemaDefinition;

    public SchemaAssembler(SchemaBuilder builder)
    {
        _builder = builder;
    }

    public Schema Assemble()
    {
        var introspection = IntrospectionSchema.Document;
        foreach (var definition in introspection.Definitions.OfType<TypeDefinitionNode>())
        {
            _introspectionDefinitions.Add(definition);
        }

        Gather(introspection);
        foreach (var document in _builder.Documents)
        {
            Gather(document);
        }

        CreateTypes();
        ApplyExtensionsCheck();
        FillTypes();
        BuildDirectives();
        CoerceDefaultValues();
        var (query, mutation, subscription, description, schemaDirectives) = ResolveRootTypes();
        BindAll(query, mutation, subscription);
        Validate(query, mutation, subscription);

        if (_errors.Count > 0 || query is null)
        {
            throw new SchemaValidationException(_errors.Count > 0 ? _errors : [new SchemaError("Query root type must be provided.", [])]);
        }

        var ordered = OrderTypes(query, mutation, subscription);
        var runtimeTypes = new Dictionary<Type, ObjectType>();
        foreach (var type in _definedTypes.OfType<ObjectType>())
        {
            foreach (var runtimeType in type.RuntimeTypes)
            {
                runtimeTypes.TryAdd(runtimeType, type);
            }
        }

        var schema = new Schema(query, mutation, subscription, description, ordered, _directives, schemaDirectives, runtimeTypes);
        IntrospectionSchema.AttachMetaFields(schema);
        return schema;
    }

    private void Error(string message, params SyntaxNode?[] nodes) =>
        _errors.Add(new SchemaError(message, nodes.Where(n => n is not null && n.Location.IsKnown).Select(n => n!.Location).ToArray()));

    private void Gather(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case TypeDefinitionNode type:
                    _typeDefinitions.Add(type);
                    break;
                case TypeExtensionNode extension:
                    if (!_extensions.TryGetValue(extension.Name.Value, out var list))
                    {
                        _extensions[extension.Name.Value] = list = [];
                    }

                    list.Add(extension);
                    break;
                case DirectiveDefinitionNode directive:
                    _directiveDefinitions.Add(directive);
                    break;
                case SchemaDefinitionNode schema:
                    if (_schemaDefinition is not null)
                    {
                        Error("Must provide only one schema definition.", schema);
                    }
                    else
                    {
                        _schemaDefinition = schema;
                    }

                    break;
                case SchemaExtensionNode schemaExtension:
                    _schemaExtensions.Add(schemaExtension);
                    break;
                case OperationDefinitionNode operation:
                    Error($"Type definitions must not contain operations: \"{operation.Name?.Value ?? "anonymous " + operation.Operation.ToString().ToLowerInvariant()}\".", operation);
                    break;
                case FragmentDefinitionNode fragment:
                    Error($"Type definitions must not contain fragments: \"{fragment.Name.Value}\".", fragment);
                    break;
            }
        }
    }

    private void CreateTypes()
    {
        foreach (var definition in _typeDefinitions)
        {
            var name = definition.Name.Value;
            if (_types.ContainsKey(name))
            {
                Error($"There can be only one type named \"{name}\".", definition);
                continue;
            }

            if (BuiltInScalars.IsSpecified(name))
            {
                // As graphql-js: a redefinition of a specified scalar keeps the specified one.
                continue;
            }

            NamedType type = definition switch
            {
                ScalarTypeDefinitionNode => CreateScalar(definition),
                ObjectTypeDefinitionNode => new ObjectType(name, Description(definition)),
                InterfaceTypeDefinitionNode => new InterfaceType(name, Description(definition)),
                UnionTypeDefinitionNode => new UnionType(name, Description(definition)),
                EnumTypeDefinitionNode => new EnumType(name, Description(definition)),
                InputObjectTypeDefinitionNode => new InputObjectType(name, Description(definition)),
                _ => throw new InvalidOperationException("Unknown type definition " + definition.Kind),
            };
            type.Definition = definition;
            type.Description = Description(definition);
            _types[name] = type;
            _definedTypes.Add(type);
        }

        foreach (var name in BuiltInScalars.SpecifiedNames)
        {
            _types[name] = _builder.Scalars.GetValueOrDefault(name) ?? BuiltInScalars.Create(name)!;
        }
    }

    private static string? Description(TypeDefinitionNode definition) => definition.Description?.Value;

    private ScalarType CreateScalar(TypeDefinitionNode definition)
    {
        var name = definition.Name.Value;
        var scalar = _builder.Scalars.GetValueOrDefault(name) ?? BuiltInScalars.Create(name);
        if (scalar is null)
        {
            Error($"Scalar \"{name}\" has no implementation: register one with SchemaBuilder.AddScalar (or use a shipped scalar: DateTime, Date, UUID, Long, Base64).", definition);
            scalar = new DelegateScalarType(name, v => v, v => v, l => l);
        }

        return scalar;
    }

    private void ApplyExtensionsCheck()
    {
        foreach (var (name, extensions) in _extensions)
        {
            if (!_types.TryGetValue(name, out var type))
            {
                foreach (var extension in extensions)
                {
                    Error($"Cannot extend type \"{name}\" because it is not defined.", extension);
                }

                continue;
            }

            foreach (var extension in extensions)
            {
                var matches = (extension, type) switch
                {
                    (ObjectTypeExtensionNode, ObjectType) => true,
                    (InterfaceTypeExtensionNode, InterfaceType) => true,
                    (UnionTypeExtensionNode, UnionType) => true,
                    (EnumTypeExtensionNode, EnumType) => true,
                    (InputObjectTypeExtensionNode, InputObjectType) => true,
                    (ScalarTypeExtensionNode, ScalarType) => true,
                    _ => false,
                };
                if (!matches)
                {
                    Error($"Cannot extend non-{KindName(type)} type \"{name}\" with {extension.Kind}.", extension);
                }
            }
        }
    }

    private static string KindName(NamedType type) => type.Kind switch
    {
        TypeKind.Object => "object",
        TypeKind.Interface => "interface",
        TypeKind.Union => "union",
        TypeKind.Enum => "enum",
        TypeKind.InputObject => "input object",
        _ => "scalar",
    };

    private IReadOnlyList<T> ExtensionsOf<T>(string name)
        where T : TypeExtensionNode =>
        _extensions.TryGetValue(name, out var list) ? list.OfType<T>().ToArray() : [];

    private void FillTypes()
    {
        foreach (var type in _definedTypes)
        {
            var extensions = _extensions.TryGetValue(type.Name, out var list) ? list : [];
            type.ExtensionDefinitions = extensions;
            var directives = new List<DirectiveNode>(type.Definition!.Directives);
            foreach (var extension in extensions)
            {
                if (extension is IHasDirectives withDirectives)
                {
                    directives.AddRange(withDirectives.Directives);
                }
            }

            type.Directives = directives;
            switch (type)
            {
                case ObjectType obj:
                    FillFields(obj, ((ObjectTypeDefinitionNode)obj.Definition!).Fields.Concat(ExtensionsOf<ObjectTypeExtensionNode>(obj.Name).SelectMany(e => e.Fields)));
                    FillInterfaces(obj, ((ObjectTypeDefinitionNode)obj.Definition!).Interfaces.Concat(ExtensionsOf<ObjectTypeExtensionNode>(obj.Name).SelectMany(e => e.Interfaces)));
                    break;
                case InterfaceType iface:
                    FillFields(iface, ((InterfaceTypeDefinitionNode)iface.Definition!).Fields.Concat(ExtensionsOf<InterfaceTypeExtensionNode>(iface.Name).SelectMany(e => e.Fields)));
                    FillInterfaces(iface, ((InterfaceTypeDefinitionNode)iface.Definition!).Interfaces.Concat(ExtensionsOf<InterfaceTypeExtensionNode>(iface.Name).SelectMany(e => e.Interfaces)));
                    break;
                case UnionType union:
                    FillUnion(union, ((UnionTypeDefinitionNode)union.Definition!).Types.Concat(ExtensionsOf<UnionTypeExtensionNode>(union.Name).SelectMany(e => e.Types)));
                    break;
                case EnumType enumType:
                    FillEnum(enumType, ((EnumTypeDefinitionNode)enumType.Definition!).Values.Concat(ExtensionsOf<EnumTypeExtensionNode>(enumType.Name).SelectMany(e => e.Values)));
                    break;
                case InputObjectType input:
                    input.Fields = BuildInputValues(input.Name, ((InputObjectTypeDefinitionNode)input.Definition!).Fields.Concat(ExtensionsOf<InputObjectTypeExtensionNode>(input.Name).SelectMany(e => e.Fields)), isArgument: false, owner: input.Name);
                    input.IsOneOf = directives.Any(d => d.Name.Value == "oneOf");
                    break;
                case ScalarType scalar:
                    var specifiedBy = directives.FirstOrDefault(d => d.Name.Value == "specifiedBy");
                    if (specifiedBy is not null)
                    {
                        var url = specifiedBy.Arguments.FirstOrDefault(a => a.Name.Value == "url")?.Value as StringValueNode;
                        if (url is null)
                        {
                            Error($"Directive \"@specifiedBy\" on scalar \"{scalar.Name}\" needs a string argument \"url\".", specifiedBy);
                        }
                        else
                        {
                            scalar.SpecifiedByUrl = url.Value;
                        }
                    }

                    break;
            }
        }
    }

    private void FillFields(FieldContainerType type, IEnumerable<FieldDefinitionNode> definitions)
    {
        var fields = new List<FieldDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Name.Value;
            if (!seen.Add(name))
            {
                Error($"Field \"{type.Name}.{name}\" can only be defined once.", definition);
                continue;
            }

            var fieldType = ResolveTypeReference(definition.Type);
            if (fieldType is null)
            {
                continue;
            }

            var field = new FieldDefinition(name, fieldType, definition.Description?.Value)
            {
                Definition = definition,
                Directives = definition.Directives,
                DeprecationReason = DeprecationReason(definition.Directives),
                DeclaringType = type,
            };
            field.Arguments = BuildInputValues($"{type.Name}.{name}", definition.Arguments, isArgument: true, owner: $"{type.Name}.{name}");
            fields.Add(field);
        }

        type.Fields = fields;
    }

    private IReadOnlyList<InputValueDefinition> BuildInputValues(string ownerName, IEnumerable<InputValueDefinitionNode> definitions, bool isArgument, string owner)
    {
        var values = new List<InputValueDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Name.Value;
            if (!seen.Add(name))
            {
                Error(isArgument
                    ? $"Argument \"{owner}({name}:)\" can only be defined once."
                    : $"Field \"{ownerName}.{name}\" can only be defined once.", definition);
                continue;
            }

            var type = ResolveTypeReference(definition.Type);
            if (type is null)
            {
                continue;
            }

            values.Add(new InputValueDefinition(name, type, definition.Description?.Value)
            {
                Definition = definition,
                Directives = definition.Directives,
                DeprecationReason = DeprecationReason(definition.Directives),
                DefaultValueLiteral = definition.DefaultValue,
                HasDefaultValue = definition.DefaultValue is not null,
            });
        }

        return values;
    }

    private void FillInterfaces(FieldContainerType type, IEnumerable<NamedTypeNode> references)
    {
        var interfaces = new List<InterfaceType>();
        foreach (var reference in references)
        {
            var named = LookUp(reference);
            if (named is null)
            {
                continue;
            }

            if (named is not InterfaceType iface)
            {
                Error($"Type {type.Name} must only implement Interface types, it cannot implement {named.Name}.", reference);
                continue;
            }

            if (interfaces.Contains(iface))
            {
                Error($"Type {type.Name} can only implement {iface.Name} once.", reference);
                continue;
            }

            interfaces.Add(iface);
        }

        type.Interfaces = interfaces;
    }

    private void FillUnion(UnionType union, IEnumerable<NamedTypeNode> references)
    {
        var members = new List<ObjectType>();
        foreach (var reference in references)
        {
            var named = LookUp(reference);
            if (named is null)
            {
                continue;
            }

            if (named is not ObjectType obj)
            {
                Error($"Union type {union.Name} can only include Object types, it cannot include {named.Name}.", reference);
                continue;
            }

            if (members.Contains(obj))
            {
                Error($"Union type {union.Name} can only include type {obj.Name} once.", reference);
                continue;
            }

            members.Add(obj);
        }

        union.Types = members;
    }

    private void FillEnum(EnumType type, IEnumerable<EnumValueDefinitionNode> definitions)
    {
        var values = new List<EnumValueDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Name.Value;
            if (!seen.Add(name))
            {
                Error($"Enum value \"{type.Name}.{name}\" can only be defined once.", definition);
                continue;
            }

            values.Add(new EnumValueDefinition(name, name, definition.Description?.Value, DeprecationReason(definition.Directives))
            {
                Definition = definition,
                Directives = definition.Directives,
            });
        }

        type.Values = values;
    }

    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value != "deprecated")
            {
                continue;
            }

            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value == "reason" && argument.Value is StringValueNode reason)
                {
                    return reason.Value;
                }
            }

            return DefaultDeprecationReason;
        }

        return null;
    }

    private NamedType? LookUp(NamedTypeNode reference)
    {
        if (_types.TryGetValue(reference.Name.Value, out var type))
        {
            return type;
        }

        Error($"Unknown type \"{reference.Name.Value}\".", reference);
        return null;
    }

    private GraphQLType? ResolveTypeReference(TypeNode node) => node switch
    {
        NamedTypeNode named => LookUp(named),
        ListTypeNode list => ResolveTypeReference(list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => ResolveTypeReference(nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        _ => null,
    };

    private void BuildDirectives()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in _directiveDefinitions)
        {
            var name = definition.Name.Value;
            if (!seen.Add(name))
            {
                Error($"There can be only one directive named \"@{name}\".", definition);
                continue;
            }

            var locations = new List<DirectiveLocation>();
            foreach (var location in definition.Locations)
            {
                if (DirectiveLocationNames.TryParse(location.Value, out var parsed))
                {
                    locations.Add(parsed);
                }
                else
                {
                    Error($"Directive \"@{name}\" has an unknown location \"{location.Value}\".", location);
                }
            }

            _directives.Add(new DirectiveDefinition(name, locations, definition.Description?.Value, definition.Repeatable)
            {
                Definition = definition,
                Arguments = BuildInputValues("@" + name, definition.Arguments, isArgument: true, owner: "@" + name),
            });
        }

        foreach (var builtIn in BuiltInDirectives.Create((ScalarType)_types["Boolean"], (ScalarType)_types["String"]))
        {
            if (seen.Add(builtIn.Name))
            {
                _directives.Add(builtIn);
            }
        }
    }

    private void CoerceDefaultValues()
    {
        // Input object fields first, each type after the input types its fields use, so a default
        // such as {range: {}} picks up the coerced defaults of Range's fields.
        var done = new HashSet<InputObjectType>();
        foreach (var input in _definedTypes.OfType<InputObjectType>())
        {
            CoerceInputObjectDefaults(input, done);
        }

        foreach (var type in _definedTypes)
        {
            switch (type)
            {
                case FieldContainerType container:
                    foreach (var field in container.Fields)
                    {
                        foreach (var argument in field.Arguments)
                        {
                            CoerceDefault(argument, $"Argument \"{container.Name}.{field.Name}({argument.Name}:)\"");
                        }
                    }

                    break;
            }
        }

        foreach (var directive in _directives)
        {
            foreach (var argument in directive.Arguments)
            {
                CoerceDefault(argument, $"Argument \"@{directive.Name}({argument.Name}:)\"");
            }
        }
    }

    private void CoerceInputObjectDefaults(InputObjectType input, HashSet<InputObjectType> done)
    {
        if (!done.Add(input))
        {
            return;
        }

        foreach (var field in input.Fields)
        {
            if (field.Type.NamedType is InputObjectType nested)
            {
                CoerceInputObjectDefaults(nested, done);
            }
        }

        foreach (var field in input.Fields)
        {
            CoerceDefault(field, $"Input field \"{input.Name}.{field.Name}\"");
        }
    }

    private void CoerceDefault(InputValueDefinition value, string what)
    {
        if (value.DefaultValueLiteral is null || !value.Type.IsInputType)
        {
            return;
        }

        var errors = new List<string>();
        if (ValueCoercion.TryCoerceLiteral(value.DefaultValueLiteral, value.Type, variables: null, out var coerced, errors))
        {
            value.DefaultValue = coerced;
        }
        else
        {
            Error($"{what} has invalid default value: {Printer.Print(value.DefaultValueLiteral)}." + (errors.Count > 0 ? " " + errors[0] : string.Empty), value.DefaultValueLiteral);
        }
    }

    private (ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription, string? Description, IReadOnlyList<DirectiveNode> Directives) ResolveRootTypes()
    {
        var operationTypes = new List<OperationTypeDefinitionNode>();
        var directives = new List<DirectiveNode>();
        string? description = null;
        if (_schemaDefinition is not null)
        {
            operationTypes.AddRange(_schemaDefinition.OperationTypes);
            directives.AddRange(_schemaDefinition.Directives);
            description = _schemaDefinition.Description?.Value;
        }

        foreach (var extension in _schemaExtensions)
        {
            operationTypes.AddRange(extension.OperationTypes);
            directives.AddRange(extension.Directives);
        }

        if (_schemaDefinition is null && _schemaExtensions.Count == 0)
        {
            return (Root("Query", "Query"), Root("Mutation", "Mutation"), Root("Subscription", "Subscription"), null, directives);
        }

        var roots = new Dictionary<OperationType, OperationTypeDefinitionNode>();
        foreach (var operationType in operationTypes)
        {
            if (!roots.TryAdd(operationType.Operation, operationType))
            {
                Error($"There can be only one {operationType.Operation.ToString().ToLowerInvariant()} type in schema.", operationType);
            }
        }

        return (
            RootFrom(roots, OperationType.Query),
            RootFrom(roots, OperationType.Mutation),
            RootFrom(roots, OperationType.Subscription),
            description,
            directives);

        ObjectType? Root(string name, string operation)
        {
            if (!_types.TryGetValue(name, out var type))
            {
                return null;
            }

            if (type is ObjectType obj)
            {
                return obj;
            }

            Error($"{operation} root type must be Object type{(operation == "Query" ? string.Empty : " if provided")}, it cannot be {type.Name}.", type.Definition);
            return null;
        }

        ObjectType? RootFrom(Dictionary<OperationType, OperationTypeDefinitionNode> map, OperationType operation)
        {
            if (!map.TryGetValue(operation, out var node))
            {
                return null;
            }

            var type = LookUp(node.Type);
            if (type is null)
            {
                return null;
            }

            var label = operation.ToString();
            if (type is ObjectType obj)
            {
                return obj;
            }

            Error($"{label} root type must be Object type{(operation == OperationType.Query ? string.Empty : " if provided")}, it cannot be {type.Name}.", node);
            return null;
        }
    }
}
