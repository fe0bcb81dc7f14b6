namespace DigitalPost.Runtime.Streams;

/// <summary>A subscriber fell more than the allowed number of events behind; its subscription was ended.</summary>
public sealed class StreamOverflowException(StreamId streamId, int limit)
    : Exception($"Subscription to stream {streamId} ended: more than {limit} events were waiting for the subscriber.")
{
    /// <summary>The stream.</summary>
    public StreamId StreamId { get; } = streamId;
}
