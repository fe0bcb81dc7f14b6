using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Messages;

namespace DigitalPost.GraphQLGateway.Subscriptions;

/// <summary>Resolvers of the schema's <c>MailboxEvent</c> over <see cref="MailboxEventView"/>, and of the subscription root fields.</summary>
internal static class MailboxEventFields
{
    /// <summary>The root field's value for one source item: the event, or the error a server-ended subscription closes with.</summary>
    public static object? Root(ResolverContext context) =>
        context.Parent is SubscriptionEnd end ? throw end.Error : context.Parent;

    public static object Kind(ResolverContext context) => View(context).Event.Kind;

    public static object Mailbox(ResolverContext context) => new MailboxNode(View(context).Mailbox);

    /// <summary>The message as the viewer sees it now (null for folder and settings events, and when it is gone).</summary>
    public static async ValueTask<object?> MessageAsync(ResolverContext context)
    {
        var view = View(context);
        if (view.Message is not null)
        {
            return view.Message;
        }

        return view.Event.MessageUuid is { } uuid
            ? await MessageLoader.LoadAsync(context, view.Mailbox, uuid).ConfigureAwait(false)
            : null;
    }

    public static object? MessageId(ResolverContext context)
    {
        var view = View(context);
        return view.Event.MessageUuid is { } uuid ? GlobalId.Message(view.Mailbox, uuid) : null;
    }

    public static object? FolderId(ResolverContext context)
    {
        var view = View(context);
        return view.Event.FolderId is { } folder ? GlobalId.Folder(view.Mailbox, folder) : null;
    }

    public static object At(ResolverContext context) => View(context).Event.At;

    public static object Platform(ResolverContext context) => View(context).Event.Platform;

    private static MailboxEventView View(ResolverContext context) => (MailboxEventView)context.Parent!;
}
