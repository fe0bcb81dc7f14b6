using DigitalPost.GraphQL.Execution;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.GraphQLGateway.Core;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.GraphQLGateway.Settings;

/// <summary>Between this part and core's <c>Mailbox</c> type: the mailbox of a parent value, and the value of a mailbox.</summary>
public static class MailboxParent
{
    /// <summary>The mailbox of the <c>Mailbox</c> object a field is resolved on.</summary>
    public static MailboxId IdOf(ResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Parent switch
        {
            MailboxId id => id,
            _ => throw new InvalidOperationException($"A Mailbox value of type {context.Parent?.GetType().Name ?? "null"} is not known to the settings part."),
        };
    }

    /// <summary>The <c>Mailbox</c> value of <paramref name="mailbox"/> as core's node resolver builds it (with its authorisation).</summary>
    public static async ValueTask<object> ValueOfAsync(ResolverContext context, MailboxId mailbox)
    {
        ArgumentNullException.ThrowIfNull(context);
        return await context.Services.GetRequiredService<NodeRegistry>().ResolveAsync(context, GlobalId.Mailbox(mailbox)).ConfigureAwait(false);
    }
}
