using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace DigitalPost.GraphQL.Execution;

/// <summary>Converts coerced argument values to the CLR type a resolver asks for.</summary>
internal static class ArgumentConverter
{
    private static readonly JsonSerializerOptions PocoOptions = new(JsonSerializerDefaults.Web);

    public static T Convert<T>(object? value, string name)
    {
        if (value is T typed)
        {
            return typed;
        }

        if (value is null)
        {
            return default!;
        }

        try
        {
            var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
            if (target.IsEnum)
            {
                return (T)(value is string text ? Enum.Parse(target, text.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true) : Enum.ToObject(target, value));
            }

            if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(target))
            {
                return (T)System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
            }

            if (value is IEnumerable and not string || value is IReadOnlyDictionary<string, object?>)
            {
                // Lists and input objects map onto CLR collections and records by JSON shape.
                var element = JsonSerializer.SerializeToElement(value, PocoOptions);
                return element.Deserialize<T>(PocoOptions)!;
            }
        }
        catch (Exception exception) when (exception is InvalidCastException or FormatException or OverflowException or JsonException or ArgumentException or NotSupportedException)
        {
            throw new InvalidOperationException($"Argument \"{name}\" ({value.GetType().Name}) cannot be converted to {typeof(T).Name}.", exception);
        }

        throw new InvalidOperationException($"Argument \"{name}\" ({value.GetType().Name}) cannot be converted to {typeof(T).Name}.");
    }
}
