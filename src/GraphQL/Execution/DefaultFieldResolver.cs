using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Execution;

/// <summary>
/// The resolver of fields without a bound one: reads the field from the parent value, which may be a
/// dictionary (by key = field name) or any object (public instance property, name matched
/// case-insensitively; getters are cached per CLR type).
/// </summary>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> Getters = new();

    /// <summary>The resolver delegate.</summary>
    public static FieldResolver Instance { get; } = context => new ValueTask<object?>(Resolve(context.Parent, context.Field.Name));

    /// <summary>Reads <paramref name="fieldName"/> from <paramref name="parent"/>; <c>null</c> when there is no such entry.</summary>
    public static object? Resolve(object? parent, string fieldName)
    {
        switch (parent)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(fieldName, out var value) ? value : null;
            case IDictionary<string, object?> map:
                return map.TryGetValue(fieldName, out var entry) ? entry : null;
            case IDictionary map:
                return map.Contains(fieldName) ? map[fieldName] : null;
        }

        var getter = Getters.GetOrAdd((parent.GetType(), fieldName), static key =>
        {
            var property = key.Item1.GetProperty(key.Item2, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            return property is { CanRead: true } && property.GetIndexParameters().Length == 0 ? property.GetValue : null;
        });
        return getter?.Invoke(parent);
    }
}
