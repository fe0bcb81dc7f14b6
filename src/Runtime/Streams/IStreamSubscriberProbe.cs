namespace DigitalPost.Runtime.Streams;

/// <summary>
/// Tells whether a stream has subscribers in this silo, without creating the stream. For bulk
/// writers that would otherwise publish to millions of streams nobody listens to. The answer can
/// be stale the moment it is given: use it to decide whom to notify, never for correctness.
/// </summary>
public interface IStreamSubscriberProbe
{
    /// <summary>True when at least one subscription to <paramref name="id"/> (any item type) is open.</summary>
    bool HasSubscribers(StreamId id);
}
