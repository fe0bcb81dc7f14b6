using DigitalPost.GraphQL.Execution;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.GraphQLGateway.Administration;

/// <summary>The administration fields of <c>Mailbox</c>.</summary>
public static class AdministrationMailboxFields
{
    /// <summary><c>Mailbox.sentReceipts</c>: receipts of what the mailbox sent, for its owner (the authority, the company's people).</summary>
    public static async ValueTask<object?> SentReceiptsAsync(ResolverContext context)
    {
        var mailbox = MailboxParent.IdOf(context);
        await context.Services.GetRequiredService<MailboxAccessResolver>().RequireAsync(context, mailbox, AccessLevel.Owner).ConfigureAwait(false);
        var first = PageSize.Resolve(context, defaultSize: 50);
        if (first == 0)
        {
            return Array.Empty<object>();
        }

        var messageUuid = context.ArgumentOrDefault<Guid?>("messageUuid");
        return await GatewayCalls.RunAsync(context, mailbox, (grain, actor) => grain.ListReceiptsAsync(actor, messageUuid, first)).ConfigureAwait(false);
    }
}
