using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace DigitalPost.GraphQL.Execution;

/// <summary>
/// An object in the response: response keys in selection order and their values (<c>null</c>,
/// leaf values, <see cref="ResultMap"/> or <c>object?[]</c> lists). The key array is shared between
/// results of the same selection; only the values are per object.
/// </summary>
public sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private readonly string[] _keys;
    private readonly object?[] _values;

    internal ResultMap(string[] keys, JsonEncodedText[]? encodedKeys)
    {
        _keys = keys;
        _values = keys.Length == 0 ? [] : new object?[keys.Length];
        EncodedKeys = encodedKeys;
    }

    /// <summary>Creates a map from keys and values of equal length.</summary>
    public ResultMap(string[] keys, object?[] values)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(values);
        if (keys.Length != values.Length)
        {
            throw new ArgumentException("Keys and values differ in length.", nameof(values));
        }

        _keys = keys;
        _values = values;
    }

    /// <summary>Set when a non-null field of this object failed, so the object itself becomes null.</summary>
    internal bool Failed { get; set; }

    internal object?[] Values => _values;

    /// <summary>The keys pre-encoded as JSON property names (shared with the plan), or <c>null</c>.</summary>
    internal JsonEncodedText[]? EncodedKeys { get; }

    /// <summary>The number of entries.</summary>
    public int Count => _keys.Length;

    /// <summary>The keys in response order.</summary>
    public IEnumerable<string> Keys => _keys;

    /// <summary>The values in response order.</summary>
    IEnumerable<object?> IReadOnlyDictionary<string, object?>.Values => _values;

    /// <summary>The key at <paramref name="index"/>.</summary>
    public string KeyAt(int index) => _keys[index];

    /// <summary>The value at <paramref name="index"/>.</summary>
    public object? ValueAt(int index) => _values[index];

    /// <inheritdoc/>
    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <inheritdoc/>
    public bool ContainsKey(string key) => Array.IndexOf(_keys, key) >= 0;

    /// <inheritdoc/>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = Array.IndexOf(_keys, key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
