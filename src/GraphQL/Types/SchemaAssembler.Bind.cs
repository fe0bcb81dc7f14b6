using System.Collections;
using System.Reflection;
using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Introspection;

namespace DigitalPost.GraphQL.Types;

/// <summary>Binding resolvers, enums, runtime types and type resolution; detection of unresolvable fields.</summary>
internal sealed partial class SchemaAssembler
{
    private void BindAll(ObjectType? query, ObjectType? mutation, ObjectType? subscription)
    {
        BindResolverObjects();
        foreach (var ((typeName, fieldName), resolver) in _builder.Resolvers)
        {
            if (FindBindableField(typeName, fieldName, "Resolver") is { } field)
            {
                field.Resolver = resolver;
            }
        }

        foreach (var ((typeName, fieldName), subscriber) in _builder.Subscribers)
        {
            if (FindBindableField(typeName, fieldName, "Subscription") is { } field)
            {
                if (!ReferenceEquals(field.DeclaringType, subscription))
                {
                    Error($"Subscription stream bound to {typeName}.{fieldName}, but {typeName} is not the subscription root type.");
                    continue;
                }

                field.Subscriber = subscriber;
            }
        }

        foreach (var type in _definedTypes.OfType<FieldContainerType>().Where(t => _introspectionDefinitions.Contains(t.Definition!)))
        {
            foreach (var field in type.Fields)
            {
                field.Resolver = IntrospectionSchema.GetResolver(type.Name, field.Name);
            }
        }

        BindEnums();
        BindRuntimeTypes();
        BindTypeResolution();
        InheritInterfaceResolvers();
        CheckResolution(query, mutation, subscription);
    }

    private void BindResolverObjects()
    {
        foreach (var (typeName, resolvers) in _builder.ResolverObjects)
        {
            if (_types.GetValueOrDefault(typeName) is not FieldContainerType container || _introspectionDefinitions.Contains(container.Definition!))
            {
                Error($"Resolver object {resolvers.GetType().Name} bound to \"{typeName}\", but the schema has no object or interface type \"{typeName}\".");
                continue;
            }

            var methods = resolvers.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .Where(m => m.DeclaringType != typeof(object) && !m.IsSpecialName && !m.IsGenericMethodDefinition);
            foreach (var method in methods)
            {
                var name = method.Name.EndsWith("Async", StringComparison.Ordinal) && method.Name.Length > 5 ? method.Name[..^5] : method.Name;
                var field = container.Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
                if (field is null)
                {
                    Error($"Resolver method {resolvers.GetType().Name}.{method.Name} matches no field of type {typeName}.");
                    continue;
                }

                var parameters = method.GetParameters();
                if (parameters.Length > 1 || (parameters.Length == 1 && parameters[0].ParameterType != typeof(ResolverContext)))
                {
                    Error($"Resolver method {resolvers.GetType().Name}.{method.Name} must take a ResolverContext or nothing.");
                    continue;
                }

                if (!_builder.Resolvers.ContainsKey((typeName, field.Name)))
                {
                    field.Resolver = ResolverAdapters.FromMethod(resolvers, method);
                }
            }
        }
    }

    private FieldDefinition? FindBindableField(string typeName, string fieldName, string what)
    {
        if (!_types.TryGetValue(typeName, out var type) || _introspectionDefinitions.Contains(type.Definition!))
        {
            Error($"{what} bound to {typeName}.{fieldName}, but the schema has no type \"{typeName}\".");
            return null;
        }

        if (type is not FieldContainerType container)
        {
            Error($"{what} bound to {typeName}.{fieldName}, but {typeName} is not an object or interface type.");
            return null;
        }

        var field = container.GetField(fieldName);
        if (field is null)
        {
            Error($"{what} bound to {typeName}.{fieldName}, but type {typeName} has no field \"{fieldName}\".");
        }

        return field;
    }

    private void BindEnums()
    {
        foreach (var (enumName, clrType) in _builder.EnumTypes)
        {
            if (_types.GetValueOrDefault(enumName) is not EnumType enumType)
            {
                Error($"Enum binding for \"{enumName}\", but the schema has no enum type \"{enumName}\".");
                continue;
            }

            var members = Enum.GetNames(clrType);
            foreach (var value in enumType.Values)
            {
                var member = members.FirstOrDefault(m => EnumNames.Matches(value.Name, m));
                if (member is null)
                {
                    Error($"Enum value {enumName}.{value.Name} has no matching member in CLR enum {clrType.FullName}.", value.Definition);
                    continue;
                }

                value.Value = Enum.Parse(clrType, member);
            }

            enumType.Values = enumType.Values;
        }

        foreach (var (enumName, map) in _builder.EnumValues)
        {
            if (_types.GetValueOrDefault(enumName) is not EnumType enumType)
            {
                Error($"Enum value binding for \"{enumName}\", but the schema has no enum type \"{enumName}\".");
                continue;
            }

            foreach (var (valueName, runtimeValue) in map)
            {
                var value = enumType.GetValue(valueName);
                if (value is null)
                {
                    Error($"Enum value binding for {enumName}.{valueName}, but enum {enumName} has no such value.");
                    continue;
                }

                value.Value = runtimeValue;
            }

            enumType.Values = enumType.Values;
        }
    }

    private void BindRuntimeTypes()
    {
        foreach (var (typeName, runtimeTypes) in _builder.RuntimeTypes)
        {
            if (_types.GetValueOrDefault(typeName) is not ObjectType objectType)
            {
                Error($"Runtime type binding for \"{typeName}\", but the schema has no object type \"{typeName}\".");
                continue;
            }

            objectType.RuntimeTypes = runtimeTypes.ToArray();
        }
    }

    private void BindTypeResolution()
    {
        foreach (var (typeName, resolver) in _builder.TypeResolvers)
        {
            switch (_types.GetValueOrDefault(typeName))
            {
                case InterfaceType iface:
                    iface.ResolveType = resolver;
                    break;
                case UnionType union:
                    union.ResolveType = resolver;
                    break;
                default:
                    Error($"Type resolver bound to \"{typeName}\", but the schema has no interface or union type \"{typeName}\".");
                    break;
            }
        }

        foreach (var (typeName, isTypeOf) in _builder.IsTypeOfChecks)
        {
            if (_types.GetValueOrDefault(typeName) is ObjectType objectType)
            {
                objectType.IsTypeOf = isTypeOf;
            }
            else
            {
                Error($"IsTypeOf bound to \"{typeName}\", but the schema has no object type \"{typeName}\".");
            }
        }
    }

    private void InheritInterfaceResolvers()
    {
        foreach (var objectType in _definedTypes.OfType<ObjectType>())
        {
            foreach (var field in objectType.Fields)
            {
                if (field.Resolver is not null)
                {
                    continue;
                }

                foreach (var iface in objectType.Interfaces)
                {
                    if (iface.GetField(field.Name)?.Resolver is { } inherited)
                    {
                        field.Resolver = inherited;
                        break;
                    }
                }
            }
        }
    }

    private void CheckResolution(ObjectType? query, ObjectType? mutation, ObjectType? subscription)
    {
        foreach (var objectType in _definedTypes.OfType<ObjectType>())
        {
            if (_introspectionDefinitions.Contains(objectType.Definition!))
            {
                continue;
            }

            var isRoot = ReferenceEquals(objectType, query) || ReferenceEquals(objectType, mutation);
            foreach (var field in objectType.Fields)
            {
                if (ReferenceEquals(objectType, subscription))
                {
                    if (field.Subscriber is null)
                    {
                        Error($"Subscription field {objectType.Name}.{field.Name} has no source stream: bind one with SchemaBuilder.BindSubscription(\"{objectType.Name}\", \"{field.Name}\", ...).", field.Definition);
                    }

                    // Without a resolver, the field's value is the source event itself.
                    field.Resolver ??= static context => new ValueTask<object?>(context.Parent);

                    continue;
                }

                if (field.Resolver is not null)
                {
                    continue;
                }

                if (isRoot)
                {
                    Error($"Field {objectType.Name}.{field.Name} has no resolver: a root operation type has no parent value to read it from. Bind one with SchemaBuilder.BindResolver(\"{objectType.Name}\", \"{field.Name}\", ...).", field.Definition);
                }
                else if (objectType.RuntimeTypes.Count > 0)
                {
                    foreach (var runtimeType in objectType.RuntimeTypes)
                    {
                        if (!HasReadableMember(runtimeType, field.Name))
                        {
                            Error($"Field {objectType.Name}.{field.Name} has no resolver and its runtime type {runtimeType.Name} has no public property \"{field.Name}\". Bind a resolver with SchemaBuilder.BindResolver(\"{objectType.Name}\", \"{field.Name}\", ...).", field.Definition);
                        }
                    }
                }
                else if (_builder.Options.RequireResolvers)
                {
                    Error($"Field {objectType.Name}.{field.Name} has no resolver (SchemaBuilderOptions.RequireResolvers is set). Bind one with SchemaBuilder.BindResolver(\"{objectType.Name}\", \"{field.Name}\", ...).", field.Definition);
                }
            }
        }
    }

    private static bool HasReadableMember(Type type, string name)
    {
        if (typeof(IDictionary).IsAssignableFrom(type) ||
            type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)))
        {
            return true;
        }

        return type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is { CanRead: true };
    }
}
