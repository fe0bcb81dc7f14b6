namespace DigitalPost.Runtime.Streams;

/// <summary>Names a stream: a namespace (e.g. "mailbox-events") and a key (e.g. the mailbox id).</summary>
public readonly record struct StreamId(string Namespace, string Key)
{
    /// <inheritdoc />
    public override string ToString() => $"{Namespace}/{Key}";
}
