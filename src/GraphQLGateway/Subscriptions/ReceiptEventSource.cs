using System.Runtime.CompilerServices;
using DigitalPost.GraphQL.Execution;
using DigitalPost.Grains.Interfaces.Receipts;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Localization;
using DigitalPost.Runtime.Streams;
using Microsoft.Extensions.Options;

namespace DigitalPost.GraphQLGateway.Subscriptions;

/// <summary>
/// The source stream of <c>Subscription.receiptEvents</c>: receipts for messages the viewer's own sender mailbox sent
/// (an authority's, or the company's for its representative), from the stream <see cref="ReceiptStreams"/>, through
/// the same bounded buffer as mailbox events. Citizens, municipality staff and the agency send nothing of their own:
/// FORBIDDEN. Registered as a singleton.
/// </summary>
public sealed class ReceiptEventSource
{
    private readonly IStreamProvider _streams;
    private readonly MailboxAccessResolver _access;
    private readonly SubscriptionOptions _options;

    public ReceiptEventSource(IStreamProvider streams, MailboxAccessResolver access, IOptions<SubscriptionOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _streams = streams;
        _access = access;
        _options = options.Value;
        _options.Validate();
    }

    /// <summary>Authorises and subscribes.</summary>
    public async ValueTask<IAsyncEnumerable<object?>> SubscribeAsync(ResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var viewer = context.Viewer();
        var sender = viewer.Kind switch
        {
            ViewerKind.Authority => viewer.OwnMailbox!.Value,
            // A representative's token names the company; the grains' company people decide whether it counts.
            ViewerKind.CompanyRepresentative when await _access.FindAsync(context, viewer.OwnMailbox!.Value).ConfigureAwait(false) is not null => viewer.OwnMailbox!.Value,
            _ => throw GatewayErrors.Forbidden(context),
        };
        var buffer = new EventBuffer<Receipt>(_options.MaxBufferedEvents);
        var handle = await _streams.GetStream<Receipt>(ReceiptStreams.For(sender)).SubscribeAsync(buffer).ConfigureAwait(false);
        return new SubscribedStream(ReadAsync(viewer.Language, buffer, CancellationToken.None), handle);
    }

    private static async IAsyncEnumerable<object?> ReadAsync(GatewayLanguage language, EventBuffer<Receipt> buffer, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in buffer.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (item.Kind == EventBufferItemKind.Overflowed)
            {
                yield return MailboxEventSource.TooSlow(language, buffer.Capacity);
                yield break;
            }

            yield return item.Event;
        }
    }
}
