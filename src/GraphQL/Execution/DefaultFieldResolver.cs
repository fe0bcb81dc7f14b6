using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Execution;

/// <summary>
/// The resolver of fields without a bound one: reads the field from the parent value, which may be a
/// dictionary (by key = field name) or any object (public instance property, name matched
/// case-insensitively; a compiled getter is cached per CLR type and name).
/// </summary>
/// <remarks>
/// An exception thrown by a property getter reaches the executor as it was thrown (the getter is a
/// compiled delegate, not a reflection call), so a <see cref="GraphQLException"/> keeps its message and code.
/// </remarks>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> Getters = new();

    /// <summary>The resolver delegate.</summary>
    public static FieldResolver Instance { get; } = context => new ValueTask<object?>(Resolve(context.Parent, context.Field.Name));

    /// <summary>Reads <paramref name="fieldName"/> from <paramref name="parent"/>; <c>null</c> when there is no such entry.</summary>
    public static object? Resolve(object? parent, string fieldName)
    {
        if (parent is null)
        {
            return null;
        }

        return TryReadDictionary(parent, fieldName, out var value) ? value : GetAccessor(parent.GetType(), fieldName)?.Invoke(parent);
    }

    /// <summary>
    /// The compiled getter of the public instance property <paramref name="fieldName"/> (case-insensitive)
    /// of <paramref name="type"/>, or <c>null</c> when it has no readable one; created once per (type, name).
    /// </summary>
    internal static Func<object, object?>? GetAccessor(Type type, string fieldName) =>
        Getters.GetOrAdd((type, fieldName), static key => CompileGetter(key.Item1, key.Item2));

    /// <summary>Reads a dictionary parent; <c>false</c> when <paramref name="parent"/> is no dictionary.</summary>
    internal static bool TryReadDictionary(object parent, string fieldName, out object? value)
    {
        switch (parent)
        {
            case IReadOnlyDictionary<string, object?> map:
                value = map.TryGetValue(fieldName, out var found) ? found : null;
                return true;
            case IDictionary<string, object?> map:
                value = map.TryGetValue(fieldName, out var entry) ? entry : null;
                return true;
            case IDictionary map:
                value = map.Contains(fieldName) ? map[fieldName] : null;
                return true;
            default:
                value = null;
                return false;
        }
    }

    /// <summary>Whether values of <paramref name="type"/> are read as dictionaries rather than through properties.</summary>
    internal static bool IsDictionary(Type type) =>
        typeof(IReadOnlyDictionary<string, object?>).IsAssignableFrom(type) ||
        typeof(IDictionary<string, object?>).IsAssignableFrom(type) ||
        typeof(IDictionary).IsAssignableFrom(type);

    private static Func<object, object?>? CompileGetter(Type type, string fieldName)
    {
        var property = type.GetProperty(fieldName, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        if (property is not { CanRead: true } || property.GetIndexParameters().Length != 0)
        {
            return null;
        }

        // (object parent) => (object)((T)parent).Property; value types are boxed once, here.
        var parent = Expression.Parameter(typeof(object), "parent");
        var read = Expression.Property(Expression.Convert(parent, property.DeclaringType!), property);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), parent).Compile();
    }
}
