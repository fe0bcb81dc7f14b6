using System.Collections;
using System.Runtime.CompilerServices;

namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>
/// An immutable list with value equality (same items in the same order), so MeMo records that
/// contain collections compare by content: read → write → read yields an equal model.
/// </summary>
[CollectionBuilder(typeof(MeMoList), nameof(MeMoList.Create))]
public sealed class MeMoList<T> : IReadOnlyList<T>, IEquatable<MeMoList<T>>
{
    private readonly T[] _items;

    internal MeMoList(T[] items) => _items = items;

    public static MeMoList<T> Empty { get; } = new([]);

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public bool Equals(MeMoList<T>? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default);
    }

    public override bool Equals(object? obj) => Equals(obj as MeMoList<T>);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(_items.Length);
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public override string ToString() => $"[{Count} items]";
}

/// <summary>Factory for <see cref="MeMoList{T}"/> (also the collection-expression builder).</summary>
public static class MeMoList
{
    public static MeMoList<T> Create<T>(ReadOnlySpan<T> items) =>
        items.IsEmpty ? MeMoList<T>.Empty : new MeMoList<T>(items.ToArray());

    public static MeMoList<T> From<T>(IEnumerable<T> items)
    {
        var array = items.ToArray();
        return array.Length == 0 ? MeMoList<T>.Empty : new MeMoList<T>(array);
    }

    /// <summary>Takes ownership of a list the reader has just built, without copying it again.</summary>
    internal static MeMoList<T> Own<T>(List<T>? items) =>
        items is null || items.Count == 0 ? MeMoList<T>.Empty : new MeMoList<T>([.. items]);
}
