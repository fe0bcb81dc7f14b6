using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Types;

/// <summary>
/// An immutable, validated GraphQL schema with its resolvers, built by <see cref="SchemaBuilder"/>.
/// Safe to share between threads and requests.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, NamedType> _typesByName;
    private readonly Dictionary<string, DirectiveDefinition> _directivesByName;
    private readonly Dictionary<NamedType, IReadOnlyList<ObjectType>> _possibleTypes;
    private readonly Dictionary<InterfaceType, IReadOnlyList<InterfaceType>> _interfaceImplementations;
    private readonly Dictionary<Type, ObjectType> _runtimeTypes;

    internal Schema(
        ObjectType queryType,
        ObjectType? mutationType,
        ObjectType? subscriptionType,
        string? description,
        IReadOnlyList<NamedType> types,
        IReadOnlyList<DirectiveDefinition> directives,
        IReadOnlyList<DirectiveNode> schemaDirectives,
        Dictionary<Type, ObjectType> runtimeTypes)
    {
        QueryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
        Description = description;
        Types = types;
        Directives = directives;
        SchemaDirectives = schemaDirectives;
        _runtimeTypes = runtimeTypes;
        _typesByName = types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        _directivesByName = directives.ToDictionary(d => d.Name, StringComparer.Ordinal);

        var possible = new Dictionary<NamedType, List<ObjectType>>();
        var implementations = new Dictionary<InterfaceType, List<InterfaceType>>();
        foreach (var type in types)
        {
            switch (type)
            {
                case UnionType union:
                    possible[union] = [.. union.Types];
                    break;
                case ObjectType obj:
                    foreach (var implemented in obj.Interfaces)
                    {
                        Add(possible, implemented, obj);
                    }

                    break;
                case InterfaceType iface:
                    foreach (var implemented in iface.Interfaces)
                    {
                        if (!implementations.TryGetValue(implemented, out var list))
                        {
                            implementations[implemented] = list = [];
                        }

                        list.Add(iface);
                    }

                    break;
            }
        }

        _possibleTypes = possible.ToDictionary(p => p.Key, p => (IReadOnlyList<ObjectType>)p.Value);
        _interfaceImplementations = implementations.ToDictionary(p => p.Key, p => (IReadOnlyList<InterfaceType>)p.Value);

        static void Add(Dictionary<NamedType, List<ObjectType>> map, NamedType key, ObjectType value)
        {
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = [];
            }

            list.Add(value);
        }
    }

    /// <summary>The root type of queries.</summary>
    public ObjectType QueryType { get; }

    /// <summary>The root type of mutations, or <c>null</c>.</summary>
    public ObjectType? MutationType { get; }

    /// <summary>The root type of subscriptions, or <c>null</c>.</summary>
    public ObjectType? SubscriptionType { get; }

    /// <summary>The schema's description, or <c>null</c>.</summary>
    public string? Description { get; }

    /// <summary>
    /// Every named type, including the referenced built-in scalars and the introspection types, in the
    /// order graphql-js lists them (<c>__schema { types }</c>).
    /// </summary>
    public IReadOnlyList<NamedType> Types { get; }

    /// <summary>Every directive: those declared in SDL, then the specification's (<c>@include</c>, <c>@skip</c>, <c>@deprecated</c>, <c>@specifiedBy</c>, <c>@oneOf</c>).</summary>
    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    /// <summary>The directives applied to the <c>schema</c> definition and extensions.</summary>
    public IReadOnlyList<DirectiveNode> SchemaDirectives { get; }

    /// <summary>The meta-field <c>__schema: __Schema!</c>, available on the query root type.</summary>
    public FieldDefinition SchemaMetaField { get; internal set; } = null!;

    /// <summary>The meta-field <c>__type(name: String!): __Type</c>, available on the query root type.</summary>
    public FieldDefinition TypeMetaField { get; internal set; } = null!;

    /// <summary>The meta-field <c>__typename: String!</c>, available on every object, interface and union type.</summary>
    public FieldDefinition TypeNameMetaField { get; internal set; } = null!;

    /// <summary>The type called <paramref name="name"/>, or <c>null</c>.</summary>
    public NamedType? GetType(string name) => _typesByName.GetValueOrDefault(name);

    /// <summary>The directive called <paramref name="name"/> (without <c>@</c>), or <c>null</c>.</summary>
    public DirectiveDefinition? GetDirective(string name) => _directivesByName.GetValueOrDefault(name);

    /// <summary>The root type of <paramref name="operation"/>, or <c>null</c> when the schema has none.</summary>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    /// <summary>The object types a value of the abstract (interface or union) <paramref name="abstractType"/> can have.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) =>
        _possibleTypes.GetValueOrDefault(abstractType) ?? [];

    /// <summary>The interfaces that implement <paramref name="interfaceType"/>.</summary>
    public IReadOnlyList<InterfaceType> GetInterfaceImplementations(InterfaceType interfaceType) =>
        _interfaceImplementations.GetValueOrDefault(interfaceType) ?? [];

    /// <summary>Whether <paramref name="objectType"/> is a possible type of <paramref name="abstractType"/>.</summary>
    public bool IsPossibleType(NamedType abstractType, ObjectType objectType)
    {
        if (abstractType is UnionType union)
        {
            foreach (var member in union.Types)
            {
                if (ReferenceEquals(member, objectType))
                {
                    return true;
                }
            }

            return false;
        }

        return abstractType is InterfaceType iface && objectType.Implements(iface);
    }

    /// <summary>
    /// Whether <paramref name="maybeSubType"/> is <paramref name="superType"/> or one of its possible
    /// types / implementations (used for fragment applicability and interface implementation).
    /// </summary>
    public bool IsSubType(NamedType superType, NamedType maybeSubType)
    {
        if (ReferenceEquals(superType, maybeSubType))
        {
            return true;
        }

        return superType switch
        {
            UnionType union => maybeSubType is ObjectType o && IsPossibleType(union, o),
            InterfaceType iface => maybeSubType is FieldContainerType c && c.Implements(iface),
            _ => false,
        };
    }

    /// <summary>The object type bound to the CLR type <paramref name="runtimeType"/> (or a base type of it), or <c>null</c>.</summary>
    public ObjectType? GetObjectTypeForRuntimeType(Type runtimeType)
    {
        for (var type = runtimeType; type is not null; type = type.BaseType)
        {
            if (_runtimeTypes.TryGetValue(type, out var objectType))
            {
                return objectType;
            }
        }

        return null;
    }
}
