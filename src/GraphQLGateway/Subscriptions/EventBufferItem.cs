namespace DigitalPost.GraphQLGateway.Subscriptions;

/// <summary>An event, or one of the signals an <see cref="EventBuffer{T}"/> carries besides events.</summary>
/// <param name="Kind">What the item is.</param>
/// <param name="Event">The event (only for <see cref="EventBufferItemKind.Event"/>).</param>
public readonly record struct EventBufferItem<T>(EventBufferItemKind Kind, T? Event)
{
    /// <summary>The subscriber fell too far behind.</summary>
    public static EventBufferItem<T> Overflow => new(EventBufferItemKind.Overflowed, default);

    /// <summary>The viewer's grant reaches its expiry.</summary>
    public static EventBufferItem<T> AccessExpiry => new(EventBufferItemKind.AccessExpiry, default);

    /// <summary>An event.</summary>
    public static EventBufferItem<T> Of(T item) => new(EventBufferItemKind.Event, item);
}
