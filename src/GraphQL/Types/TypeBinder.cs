using DigitalPost.GraphQL.Execution;

namespace DigitalPost.GraphQL.Types;

/// <summary>Binds resolvers of one type (see <see cref="SchemaBuilder.BindType(string, Action{TypeBinder})"/>).</summary>
public sealed class TypeBinder
{
    private readonly SchemaBuilder _builder;

    internal TypeBinder(SchemaBuilder builder, string typeName)
    {
        _builder = builder;
        TypeName = typeName;
    }

    /// <summary>The type whose fields are bound.</summary>
    public string TypeName { get; }

    /// <summary>Binds a resolver.</summary>
    public TypeBinder Field(string fieldName, FieldResolver resolver)
    {
        _builder.BindResolver(TypeName, fieldName, resolver);
        return this;
    }

    /// <summary>Binds a resolver returning the value or a task of it (see <see cref="SchemaBuilder.BindResolver(string, string, Func{ResolverContext, object?})"/>).</summary>
    public TypeBinder Field(string fieldName, Func<ResolverContext, object?> resolver)
    {
        _builder.BindResolver(TypeName, fieldName, resolver);
        return this;
    }

    /// <summary>Binds a subscription field's source stream.</summary>
    public TypeBinder Subscription<T>(string fieldName, Func<ResolverContext, IAsyncEnumerable<T>> subscribe)
    {
        _builder.BindSubscription(TypeName, fieldName, subscribe);
        return this;
    }
}
