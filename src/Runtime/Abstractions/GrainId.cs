namespace DigitalPost.Runtime;

/// <summary>
/// Identity of one grain: its grain type (the implementing class's grain type name) and its key.
/// At most one activation per <see cref="GrainId"/> exists at a time.
/// </summary>
public readonly record struct GrainId(string GrainType, string Key)
{
    /// <inheritdoc />
    public override string ToString() => $"{GrainType}/{Key}";
}
