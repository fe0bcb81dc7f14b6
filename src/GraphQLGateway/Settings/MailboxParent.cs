using DigitalPost.GraphQL.Execution;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.GraphQLGateway.Core;

namespace DigitalPost.GraphQLGateway.Settings;

/// <summary>Between this part and core's <c>Mailbox</c> type (<see cref="MailboxNode"/>).</summary>
public static class MailboxParent
{
    /// <summary>The mailbox of the <c>Mailbox</c> object a field is resolved on.</summary>
    public static MailboxId IdOf(ResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ((MailboxNode)context.Parent!).Mailbox;
    }
}
