namespace DigitalPost.GraphQL.Execution;

/// <summary>A position in the response (a linked list from the field to the root): a response key or a list index.</summary>
public sealed class ResultPath
{
    /// <summary>Creates a path segment for a response key.</summary>
    public ResultPath(ResultPath? parent, string key)
    {
        Parent = parent;
        Key = key;
        Index = -1;
    }

    /// <summary>Creates a path segment for a list index.</summary>
    public ResultPath(ResultPath? parent, int index)
    {
        Parent = parent;
        Index = index;
    }

    /// <summary>The enclosing segment, or <c>null</c> at the root.</summary>
    public ResultPath? Parent { get; }

    /// <summary>The response key (alias or field name), or <c>null</c> for a list index.</summary>
    public string? Key { get; }

    /// <summary>The list index, or -1 for a response key.</summary>
    public int Index { get; }

    /// <summary>The segments from the root: <see cref="string"/> keys and <see cref="int"/> indexes.</summary>
    public IReadOnlyList<object> ToList()
    {
        var depth = 0;
        for (var p = this; p is not null; p = p.Parent)
        {
            depth++;
        }

        var segments = new object[depth];
        for (var p = this; p is not null; p = p.Parent)
        {
            segments[--depth] = p.Key ?? (object)p.Index;
        }

        return segments;
    }

    /// <inheritdoc/>
    public override string ToString() => string.Join('.', ToList());
}
