using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using DigitalPost.LoadTests.Gateway;
using DigitalPost.LoadTests.Harness;

namespace DigitalPost.LoadTests.Scenarios.LiveSync;

/// <summary>
/// One measured action of a pair: A flips the message (read ↔ unread) and B waits for the matching event. The clock
/// starts just before A's request is sent; the event's time is when its message came off B's socket.
/// </summary>
internal static class LiveSyncAction
{
    public static async Task<LiveSyncOutcome> RunAsync(GatewaySession session, LiveSyncPair pair, TimeSpan eventTimeout, CancellationToken cancellationToken)
    {
        var subscription = pair.Subscription!;
        // Events of earlier actions that arrived late (after a timeout) must not be taken for this one's.
        subscription.DrainPending();
        var markRead = pair.Unread;
        var expectedKind = markRead ? LiveSyncQueries.ReadEvent : LiveSyncQueries.UnreadEvent;
        var request = new GraphQLRequest(markRead ? LiveSyncQueries.MarkRead : LiveSyncQueries.MarkUnread, new Dictionary<string, object?> { ["id"] = pair.MessageId });

        var start = Stopwatch.GetTimestamp();
        var eventTask = WaitForEventAsync(subscription, pair.MessageId, expectedKind, eventTimeout, cancellationToken);
        Response mutation;
        using (var result = await session.GraphQL.SendAsync(pair.Actor, request, cancellationToken).ConfigureAwait(false))
        {
            mutation = result.Response;
            if (result.IsOk)
            {
                var message = result.Data.GetProperty(LiveSyncQueries.MutationField(markRead)).GetProperty("message");
                pair.Unread = message.GetProperty("unread").GetBoolean();
            }
        }

        var mutationLatency = Stopwatch.GetElapsedTime(start);
        if (!mutation.IsOk)
        {
            return new LiveSyncOutcome(mutation, mutationLatency, null, TimeSpan.Zero);
        }

        var (received, failure) = await eventTask.ConfigureAwait(false);
        if (received is { } timestamp)
        {
            return new LiveSyncOutcome(mutation, mutationLatency, Response.Ok(), Stopwatch.GetElapsedTime(start, timestamp));
        }

        return new LiveSyncOutcome(
            mutation,
            mutationLatency,
            failure ?? Response.Fail("event-timeout", $"no {expectedKind} event on {pair.Watcher.Platform} within {eventTimeout.TotalMilliseconds:0} ms of the mutation on {pair.Actor.Platform}"),
            Stopwatch.GetElapsedTime(start));
    }

    /// <summary>
    /// The receive timestamp of the first event of <paramref name="kind"/> for <paramref name="messageId"/>; null on
    /// timeout, or with a failure when the subscription ended (the connection closed, the server sent an error).
    /// </summary>
    private static async Task<(long? Received, Response? Failure)> WaitForEventAsync(
        GraphQLSubscription subscription, string messageId, string kind, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            while (true)
            {
                var next = await subscription.Events.ReadAsync(deadline.Token).ConfigureAwait(false);
                if (Matches(next, messageId, kind))
                {
                    return (next.ReceivedTimestamp, null);
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, null);
        }
        catch (ChannelClosedException closed)
        {
            return closed.InnerException is GatewayException ended
                ? (null, Response.Fail(ended.Kind, ended.Message))
                : (null, Response.Fail("subscription-completed", "the server completed the subscription"));
        }
    }

    private static bool Matches(SubscriptionEvent next, string messageId, string kind)
    {
        var data = next.Data;
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty(LiveSyncQueries.EventField, out var mailboxEvent) || mailboxEvent.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        return mailboxEvent.TryGetProperty("kind", out var eventKind) && eventKind.ValueEquals(kind)
            && mailboxEvent.TryGetProperty("messageId", out var id) && id.ValueKind == JsonValueKind.String && id.ValueEquals(messageId);
    }
}
