namespace DigitalPost.GraphQLGateway.Subscriptions;

/// <summary>What an <see cref="EventBufferItem{T}"/> is.</summary>
public enum EventBufferItemKind
{
    /// <summary>An event from the stream.</summary>
    Event,

    /// <summary>The subscriber fell more than the buffer's capacity behind.</summary>
    Overflowed,

    /// <summary>The grant through which the viewer opens the mailbox reaches its expiry.</summary>
    AccessExpiry,
}
