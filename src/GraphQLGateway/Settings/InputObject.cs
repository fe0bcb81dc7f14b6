using DigitalPost.GraphQL.Execution;

namespace DigitalPost.GraphQLGateway.Settings;

/// <summary>
/// Reads a coerced GraphQL input object (the <c>input:</c> argument of a Relay mutation) field by field. The engine has
/// already checked types and required fields, so these accessors only convert; reading the dictionary directly keeps
/// values such as uploads and dates in the form the scalars produced (no JSON round trip).
/// </summary>
public sealed class InputObject
{
    private readonly IReadOnlyDictionary<string, object?> _fields;

    public InputObject(IReadOnlyDictionary<string, object?> fields) => _fields = fields ?? throw new ArgumentNullException(nameof(fields));

    /// <summary>The input object passed as argument <paramref name="argument"/> (default <c>input</c>).</summary>
    public static InputObject From(ResolverContext context, string argument = "input")
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Arguments.TryGetValue(argument, out var value) && value is IReadOnlyDictionary<string, object?> fields
            ? new InputObject(fields)
            : throw new InvalidOperationException($"Argument \"{argument}\" is not an input object.");
    }

    /// <summary>True when the field was given (also when given as null).</summary>
    public bool Has(string field) => _fields.ContainsKey(field);

    /// <summary>The raw coerced value, or null.</summary>
    public object? Raw(string field) => _fields.TryGetValue(field, out var value) ? value : null;

    public string String(string field) => OptionalString(field) ?? throw Missing(field);

    public string? OptionalString(string field) => Raw(field) switch
    {
        null => null,
        string text => text,
        var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture),
    };

    public bool Boolean(string field) => Raw(field) is bool value ? value : throw Missing(field);

    public Guid Guid(string field) => Raw(field) switch
    {
        Guid value => value,
        string text when System.Guid.TryParse(text, out var parsed) => parsed,
        _ => throw Missing(field),
    };

    public DateTimeOffset? OptionalDateTime(string field) => Raw(field) switch
    {
        null => null,
        DateTimeOffset value => value,
        DateTime value => new DateTimeOffset(value),
        string text => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture),
        var other => throw new InvalidOperationException($"Input field \"{field}\" holds {other.GetType().Name}, not a date-time."),
    };

    /// <summary>An enum field; the schema binds the enum to <typeparamref name="TEnum"/>, but a name is accepted too.</summary>
    public TEnum Enum<TEnum>(string field)
        where TEnum : struct, Enum => Raw(field) switch
        {
            TEnum value => value,
            string name => System.Enum.Parse<TEnum>(name.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true),
            _ => throw Missing(field),
        };

    /// <summary>A list of strings; empty when absent or null.</summary>
    public IReadOnlyList<string> Strings(string field) => Raw(field) switch
    {
        null => [],
        string single => [single],
        System.Collections.IEnumerable items => items.Cast<object?>().Select(item => item as string ?? string.Empty).ToList(),
        var other => throw new InvalidOperationException($"Input field \"{field}\" holds {other.GetType().Name}, not a list."),
    };

    private static InvalidOperationException Missing(string field) => new($"Input field \"{field}\" is missing or has the wrong type.");
}
