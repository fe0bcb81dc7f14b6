using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> from SDL (type-system documents, extensions included) and binds C#
/// resolvers to its fields.
/// <code>
/// var schema = new SchemaBuilder()
///     .AddTypeDefinitions(sdl)
///     .BindResolver("Query", "hero", ctx => heroes.Get(ctx.Argument&lt;string&gt;("id")))
///     .BindType("Mutation", m => m.Field("like", async ctx => await likes.AddAsync(ctx.Argument&lt;string&gt;("id"))))
///     .BindResolver("Query", "droid", ctx => droids.GetAsync(ctx.Argument&lt;string&gt;("id"))) // a Task: awaited
///     .Build();
/// </code>
/// <para>
/// Resolution of fields without a bound resolver: root operation types (query, mutation) need a
/// resolver on every field and subscription root fields a subscriber; an object type bound to CLR
/// types with <see cref="BindRuntimeType{T}(string)"/> needs, for each field without a resolver, a
/// public readable property of the same name (case-insensitive) on each bound type; any other object
/// type reads the field from the parent value (dictionary key or public property), unless
/// <see cref="SchemaBuilderOptions.RequireResolvers"/> is set. A field left unresolvable is a build error.
/// A resolver bound on an interface field serves the implementing objects' fields that have none.
/// </para>
/// </summary>
public sealed class SchemaBuilder
{
    internal readonly List<DocumentNode> Documents = [];
    internal readonly Dictionary<string, ScalarType> Scalars = new(StringComparer.Ordinal);
    internal readonly Dictionary<(string Type, string Field), FieldResolver> Resolvers = [];
    internal readonly Dictionary<(string Type, string Field), SubscriptionResolver> Subscribers = [];
    internal readonly Dictionary<string, Dictionary<string, object>> EnumValues = new(StringComparer.Ordinal);
    internal readonly Dictionary<string, Type> EnumTypes = new(StringComparer.Ordinal);
    internal readonly Dictionary<string, List<Type>> RuntimeTypes = new(StringComparer.Ordinal);
    internal readonly Dictionary<string, TypeResolver> TypeResolvers = new(StringComparer.Ordinal);
    internal readonly Dictionary<string, Func<object, bool>> IsTypeOfChecks = new(StringComparer.Ordinal);
    internal readonly List<(string Type, object Resolvers)> ResolverObjects = [];

    /// <summary>Creates a builder with the given options.</summary>
    public SchemaBuilder(SchemaBuilderOptions? options = null)
    {
        Options = options ?? SchemaBuilderOptions.Default;
    }

    /// <summary>The options in effect.</summary>
    public SchemaBuilderOptions Options { get; }

    /// <summary>Adds SDL (type definitions, directive definitions, schema definition and extensions).</summary>
    /// <exception cref="GraphQLSyntaxException">The SDL does not parse.</exception>
    public SchemaBuilder AddTypeDefinitions(string sdl)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        Documents.Add(Parser.Parse(sdl, Options.ParserOptions));
        return this;
    }

    /// <summary>Adds a parsed type-system document.</summary>
    public SchemaBuilder AddTypeDefinitions(DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Documents.Add(document);
        return this;
    }

    /// <summary>Registers a custom scalar implementation; the SDL must declare <c>scalar {Name}</c>.</summary>
    public SchemaBuilder AddScalar(ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        Scalars[scalar.Name] = scalar;
        return this;
    }

    /// <summary>Binds a resolver (the allocation-free form: return a completed <see cref="ValueTask{TResult}"/> when synchronous).</summary>
    public SchemaBuilder BindResolver(string typeName, string fieldName, FieldResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        Resolvers[(typeName, fieldName)] = resolver;
        return this;
    }

    /// <summary>
    /// Binds a resolver returning the value itself, or a <see cref="Task"/>/<see cref="Task{TResult}"/>
    /// that is awaited (so <c>ctx =&gt; repository.GetAsync(id)</c> works). An <c>async</c> lambda binds to
    /// the <see cref="FieldResolver"/> overload instead.
    /// </summary>
    public SchemaBuilder BindResolver(string typeName, string fieldName, Func<ResolverContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return BindResolver(typeName, fieldName, ResolverAdapters.FromSync(resolver));
    }

    /// <summary>Binds the resolvers of one type in a block: <c>BindType("Query", q =&gt; q.Field("a", ...).Field("b", ...))</c>.</summary>
    public SchemaBuilder BindType(string typeName, Action<TypeBinder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(new TypeBinder(this, typeName));
        return this;
    }

    /// <summary>
    /// Binds the public instance methods of <paramref name="resolvers"/> as the resolvers of
    /// <paramref name="typeName"/>'s fields: a method named like a field (ignoring case, and an
    /// <c>Async</c> suffix) taking a <see cref="ResolverContext"/> (or nothing) and returning the value,
    /// a <see cref="Task{TResult}"/> or a <see cref="ValueTask{TResult}"/>. Suits large schemas with one
    /// resolver class per type. A method that matches no field is a build error; explicit
    /// <see cref="BindResolver(string, string, FieldResolver)"/> bindings take precedence.
    /// </summary>
    public SchemaBuilder BindType(string typeName, object resolvers)
    {
        ArgumentNullException.ThrowIfNull(resolvers);
        ResolverObjects.Add((typeName, resolvers));
        return this;
    }

    /// <summary>Binds the source event stream of a subscription field (the spec's ResolveFieldEventStream).</summary>
    public SchemaBuilder BindSubscription(string typeName, string fieldName, SubscriptionResolver subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        Subscribers[(typeName, fieldName)] = subscriber;
        return this;
    }

    /// <summary>
    /// Binds the source event stream of a subscription field. Each event becomes the parent value of
    /// the field; without a bound resolver the field's value is the event itself.
    /// </summary>
    public SchemaBuilder BindSubscription<T>(string typeName, string fieldName, Func<ResolverContext, IAsyncEnumerable<T>> subscribe)
    {
        ArgumentNullException.ThrowIfNull(subscribe);
        return BindSubscription(typeName, fieldName, ResolverAdapters.FromStream(subscribe));
    }

    /// <summary>
    /// Maps an enum's values to the members of <typeparamref name="TEnum"/>, by name ignoring case and
    /// underscores (<c>NEW_HOPE</c> ↔ <c>NewHope</c>). Every GraphQL value must have a member.
    /// </summary>
    public SchemaBuilder BindEnum<TEnum>(string enumName)
        where TEnum : struct, Enum
    {
        EnumTypes[enumName] = typeof(TEnum);
        return this;
    }

    /// <summary>Sets the runtime value of one enum value (default: its name as a string).</summary>
    public SchemaBuilder BindEnumValue(string enumName, string valueName, object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!EnumValues.TryGetValue(enumName, out var map))
        {
            EnumValues[enumName] = map = new Dictionary<string, object>(StringComparer.Ordinal);
        }

        map[valueName] = value;
        return this;
    }

    /// <summary>
    /// Declares that values of CLR type <typeparamref name="T"/> (and subclasses) are of the object type
    /// <paramref name="objectTypeName"/>: used to resolve interfaces and unions, and to check at build
    /// time that fields without resolvers have a matching property.
    /// </summary>
    public SchemaBuilder BindRuntimeType<T>(string objectTypeName) => BindRuntimeType(typeof(T), objectTypeName);

    /// <summary>Non-generic form of <see cref="BindRuntimeType{T}(string)"/>.</summary>
    public SchemaBuilder BindRuntimeType(Type runtimeType, string objectTypeName)
    {
        ArgumentNullException.ThrowIfNull(runtimeType);
        if (!RuntimeTypes.TryGetValue(objectTypeName, out var list))
        {
            RuntimeTypes[objectTypeName] = list = [];
        }

        list.Add(runtimeType);
        return this;
    }

    /// <summary>
    /// Sets the type resolution hook of an interface or union. Default resolution, in order: this
    /// hook; the possible types' <c>IsTypeOf</c> checks; the CLR type bindings
    /// (<see cref="BindRuntimeType{T}(string)"/>); a <c>__typename</c> entry of a dictionary value;
    /// a possible type named like the value's CLR type.
    /// </summary>
    public SchemaBuilder BindResolveType(string abstractTypeName, TypeResolver resolveType)
    {
        ArgumentNullException.ThrowIfNull(resolveType);
        TypeResolvers[abstractTypeName] = resolveType;
        return this;
    }

    /// <summary>Sets an object type's <c>IsTypeOf</c> check.</summary>
    public SchemaBuilder BindIsTypeOf(string objectTypeName, Func<object, bool> isTypeOf)
    {
        ArgumentNullException.ThrowIfNull(isTypeOf);
        IsTypeOfChecks[objectTypeName] = isTypeOf;
        return this;
    }

    /// <summary>Builds and validates the schema.</summary>
    /// <exception cref="SchemaValidationException">The SDL is invalid, a type-validation rule fails, a binding names an unknown type or field, or a field has no resolution.</exception>
    public Schema Build() => new SchemaAssembler(this).Assemble();
}
