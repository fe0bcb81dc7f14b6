using System.Runtime.CompilerServices;
using DigitalPost.GraphQL.Execution;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Localization;
using DigitalPost.GraphQLGateway.Messages;
using DigitalPost.Runtime;
using DigitalPost.Runtime.Streams;
using Microsoft.Extensions.Options;

namespace DigitalPost.GraphQLGateway.Subscriptions;

/// <summary>
/// The source stream of <c>Subscription.mailboxEvents</c>: the runtime stream <c>mailbox-events/&lt;mailbox id&gt;</c>
/// of a mailbox the viewer can open (NOT_FOUND otherwise, at subscribe time), with
/// <list type="bullet">
/// <item>events about messages the viewer cannot see on their platform (private post of another platform) left out;</item>
/// <item>access checked again when it may have changed (a settings event — grants are settings —, a purge, the grant's
/// expiry): a viewer who lost it gets a last NOT_FOUND error and the subscription completes;</item>
/// <item>a bounded buffer (<see cref="SubscriptionOptions.MaxBufferedEvents"/>): a subscriber that falls further behind
/// gets a last LIMIT_EXCEEDED error instead of the server queueing without end.</item>
/// </list>
/// Registered as a singleton.
/// </summary>
public sealed class MailboxEventSource
{
    private static readonly TimeSpan ExpiryMargin = TimeSpan.FromMilliseconds(10);
    private readonly IStreamProvider _streams;
    private readonly IGrainFactory _grains;
    private readonly MailboxAccessResolver _access;
    private readonly SubscriptionOptions _options;
    private readonly TimeProvider _time;

    public MailboxEventSource(IStreamProvider streams, IGrainFactory grains, MailboxAccessResolver access, IOptions<SubscriptionOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _streams = streams;
        _grains = grains;
        _access = access;
        _options = options.Value;
        _options.Validate();
        _time = time;
    }

    /// <summary>Authorises and subscribes (errors here are the subscription's single error result).</summary>
    public async ValueTask<IAsyncEnumerable<object?>> SubscribeAsync(ResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var viewer = context.Viewer();
        var mailbox = GlobalId.ParseMailbox(context, context.Argument<string>("mailboxId"));
        var entry = await _access.FindAsync(context, mailbox).ConfigureAwait(false) ?? throw GatewayErrors.Inaccessible(context);
        var language = viewer.Language;
        var buffer = new EventBuffer<MailboxEvent>(_options.MaxBufferedEvents);
        var handle = await _streams.GetStream<MailboxEvent>(MailboxStreams.For(mailbox)).SubscribeAsync(buffer).ConfigureAwait(false);
        return new SubscribedStream(ReadAsync(viewer, language, mailbox, entry, buffer, CancellationToken.None), handle);
    }

    private async IAsyncEnumerable<object?> ReadAsync(
        GatewayViewer viewer,
        GatewayLanguage language,
        MailboxId mailbox,
        OpenableMailbox entry,
        EventBuffer<MailboxEvent> buffer,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var visibility = new MessageVisibility(_options.MaxRememberedMessages);
        var expiry = ScheduleExpiry(entry, buffer);
        try
        {
            await foreach (var item in buffer.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                if (item.Kind == EventBufferItemKind.Overflowed)
                {
                    yield return TooSlow(language, buffer.Capacity);
                    yield break;
                }

                var mailboxEvent = item.Event;
                if (item.Kind == EventBufferItemKind.AccessExpiry || (!entry.IsOwn && mailboxEvent!.Kind is MailboxEventKind.SettingsChanged or MailboxEventKind.Purged))
                {
                    var fresh = await RecheckAsync(viewer, mailbox).ConfigureAwait(false);
                    if (fresh is null)
                    {
                        yield return new SubscriptionEnd(GatewayErrors.Create(GatewayErrorCodes.NotFound, language));
                        yield break;
                    }

                    // A timer may fire a little before the wall clock reaches the expiry (the grant is still in force):
                    // after an expiry signal the timer is always set again.
                    if (fresh.ExpiresAt != entry.ExpiresAt || item.Kind == EventBufferItemKind.AccessExpiry)
                    {
                        expiry?.Dispose();
                        expiry = ScheduleExpiry(fresh, buffer);
                    }

                    entry = fresh;
                    if (item.Kind == EventBufferItemKind.AccessExpiry)
                    {
                        continue;
                    }
                }

                if (mailboxEvent!.MessageUuid is not { } messageUuid)
                {
                    yield return new MailboxEventView(mailboxEvent, mailbox, null);
                    continue;
                }

                if (visibility.TryGet(messageUuid, out var visible))
                {
                    if (visible)
                    {
                        yield return new MailboxEventView(mailboxEvent, mailbox, null);
                    }

                    continue;
                }

                var (summary, refused) = await LoadAsViewerAsync(viewer, mailbox, messageUuid).ConfigureAwait(false);
                if (refused)
                {
                    yield return new SubscriptionEnd(GatewayErrors.Create(GatewayErrorCodes.NotFound, language));
                    yield break;
                }

                visibility.Remember(messageUuid, summary is not null);
                if (summary is not null)
                {
                    yield return new MailboxEventView(mailboxEvent, mailbox, new MessageNode(mailbox, summary));
                }
            }
        }
        finally
        {
            expiry?.Dispose();
        }
    }

    /// <summary>The message as the viewer sees it (null: not visible on the viewer's platform); refused when the grain no longer lets the viewer in.</summary>
    private async Task<(MessageSummary? Summary, bool Refused)> LoadAsViewerAsync(GatewayViewer viewer, MailboxId mailbox, Guid messageUuid)
    {
        try
        {
            var page = await _grains.Mailbox(mailbox)
                .ListMessagesAsync(viewer.ActorFor(mailbox), new MessageQuery(FolderId: null, PageSize: 1, MessageUuids: [messageUuid]))
                .ConfigureAwait(false);
            return (page.Items.Count > 0 ? page.Items[0] : null, false);
        }
        catch (MailboxActionException ex) when (ex.Code == MailboxErrorCode.NotAuthorised)
        {
            return (null, true);
        }
    }

    private async Task<OpenableMailbox?> RecheckAsync(GatewayViewer viewer, MailboxId mailbox)
    {
        var all = await _access.LoadAsync(viewer).ConfigureAwait(false);
        return all.FirstOrDefault(m => m.Mailbox == mailbox);
    }

    private ITimer? ScheduleExpiry(OpenableMailbox entry, EventBuffer<MailboxEvent> buffer)
    {
        if (entry.ExpiresAt is not { } expiresAt)
        {
            return null;
        }

        // A little after the expiry rather than at it, so the grains (same clock, read a moment later) see it expired.
        var due = expiresAt - _time.GetUtcNow() + ExpiryMargin;
        return _time.CreateTimer(_ => buffer.Signal(EventBufferItem<MailboxEvent>.AccessExpiry), null, due < ExpiryMargin ? ExpiryMargin : due, Timeout.InfiniteTimeSpan);
    }

    internal static SubscriptionEnd TooSlow(GatewayLanguage language, int capacity) =>
        new(GatewayErrors.Create(GatewayErrorCodes.LimitExceeded, language,
            $"more than {capacity} events waited to be sent on this subscription (Gateway:Subscriptions:MaxBufferedEvents); subscribe again"));
}
