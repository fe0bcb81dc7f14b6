namespace DigitalPost.GraphQLGateway.Subscriptions;

/// <summary>Limits of the live subscriptions (configuration section <c>Gateway:Subscriptions</c>).</summary>
public sealed class SubscriptionOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Gateway:Subscriptions";

    /// <summary>
    /// Events one subscription may have waiting to be sent. A subscriber that falls further behind (its
    /// socket does not drain) gets a final LIMIT_EXCEEDED error and the subscription ends; memory never
    /// grows with a slow client. Default 256.
    /// </summary>
    public int MaxBufferedEvents { get; set; } = 256;

    /// <summary>
    /// Messages whose visibility (private post of another platform) a mailbox subscription remembers,
    /// so an event about a known message needs no lookup. The memory is cleared when full. Default 1,000.
    /// </summary>
    public int MaxRememberedMessages { get; set; } = 1000;

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        if (MaxBufferedEvents < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxBufferedEvents), MaxBufferedEvents, "Gateway:Subscriptions:MaxBufferedEvents must be at least 1.");
        }

        if (MaxRememberedMessages < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRememberedMessages), MaxRememberedMessages, "Gateway:Subscriptions:MaxRememberedMessages must be at least 1.");
        }
    }
}
