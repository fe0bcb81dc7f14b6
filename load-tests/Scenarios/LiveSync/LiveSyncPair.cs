using DigitalPost.LoadTests.Gateway;

namespace DigitalPost.LoadTests.Scenarios.LiveSync;

/// <summary>
/// One citizen on two platforms: A marks <see cref="MessageId"/> read or unread over HTTP, B is subscribed to the
/// mailbox's events over WebSocket. One action at a time per pair (<see cref="Gate"/>), so each event can be matched
/// to the action that caused it.
/// </summary>
internal sealed class LiveSyncPair(GatewayPrincipal actor, GatewayPrincipal watcher, string mailboxId, string messageId, bool unread) : IAsyncDisposable
{
    public GatewayPrincipal Actor { get; } = actor;

    public GatewayPrincipal Watcher { get; } = watcher;

    public string MailboxId { get; } = mailboxId;

    public string MessageId { get; } = messageId;

    /// <summary>The message's state as the last mutation left it (the next action flips it).</summary>
    public bool Unread { get; set; } = unread;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    public GraphQLWebSocketClient? Connection { get; set; }

    public GraphQLSubscription? Subscription { get; set; }

    public async ValueTask DisposeAsync()
    {
        if (Subscription is not null)
        {
            await Subscription.DisposeAsync().ConfigureAwait(false);
        }

        if (Connection is not null)
        {
            await Connection.DisposeAsync().ConfigureAwait(false);
        }

        Gate.Dispose();
    }
}
