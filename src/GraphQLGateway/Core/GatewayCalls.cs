using DigitalPost.GraphQL.Execution;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.GraphQLGateway.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.GraphQLGateway.Core;

/// <summary>
/// Grain calls with the domain's refusals translated into localized GraphQL errors with stable codes
/// (<see cref="Translate"/>). Call <see cref="MailboxAccessResolver.RequireAsync(ResolverContext, MailboxId)"/> first (or use the
/// overloads taking the mailbox, which do): a <c>NotAuthorised</c> refusal then means the viewer can see the mailbox but may
/// not do this, which is FORBIDDEN; a hidden mailbox never reaches the grain.
/// </summary>
public static class GatewayCalls
{
    public static async Task<T> RunAsync<T>(ResolverContext context, Func<Task<T>> call)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception ex) when (Translate(context, ex) is { } error)
        {
            throw error;
        }
    }

    public static async Task RunAsync(ResolverContext context, Func<Task> call)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            await call().ConfigureAwait(false);
        }
        catch (Exception ex) when (Translate(context, ex) is { } error)
        {
            throw error;
        }
    }

    /// <summary>
    /// Requires that the viewer can open <paramref name="mailbox"/> (else NOT_FOUND), then calls the grain with the viewer's
    /// actor for that mailbox, translating refusals.
    /// </summary>
    public static async Task<T> RunAsync<T>(ResolverContext context, MailboxId mailbox, Func<IMailboxGrain, ActorContext, Task<T>> call)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(call);
        await context.Services.GetRequiredService<MailboxAccessResolver>().RequireAsync(context, mailbox).ConfigureAwait(false);
        var grain = context.Services.GetRequiredService<DigitalPost.Runtime.IGrainFactory>().Mailbox(mailbox);
        var actor = context.Viewer().ActorFor(mailbox);
        return await RunAsync(context, () => call(grain, actor)).ConfigureAwait(false);
    }

    /// <summary>The void form of <see cref="RunAsync{T}(ResolverContext, MailboxId, Func{IMailboxGrain, ActorContext, Task{T}})"/>.</summary>
    public static async Task RunAsync(ResolverContext context, MailboxId mailbox, Func<IMailboxGrain, ActorContext, Task> call)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(call);
        await context.Services.GetRequiredService<MailboxAccessResolver>().RequireAsync(context, mailbox).ConfigureAwait(false);
        var grain = context.Services.GetRequiredService<DigitalPost.Runtime.IGrainFactory>().Mailbox(mailbox);
        var actor = context.Viewer().ActorFor(mailbox);
        await RunAsync(context, () => call(grain, actor)).ConfigureAwait(false);
    }

    /// <summary>
    /// The GraphQL error for a domain exception, or null when <paramref name="exception"/> is not a refusal (it then stays an
    /// unexpected error: INTERNAL_SERVER_ERROR without details).
    /// </summary>
    public static GraphQLException? Translate(ResolverContext context, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            MailboxActionException refused => refused.Code switch
            {
                MailboxErrorCode.NotAuthorised => GatewayErrors.Forbidden(context),
                MailboxErrorCode.MessageNotFound or MailboxErrorCode.FolderNotFound or MailboxErrorCode.GrantNotFound => GatewayErrors.Inaccessible(context),
                MailboxErrorCode.ReplyNotAllowed or MailboxErrorCode.ReplyDeadlinePassed => GatewayErrors.Create(context, GatewayErrorCodes.NotReplyable),
                MailboxErrorCode.AttachmentTooLarge or MailboxErrorCode.TooManyAttachments or MailboxErrorCode.FileTypeNotAllowed =>
                    GatewayErrors.Create(context, GatewayErrorCodes.LimitExceeded, refused.Message),
                MailboxErrorCode.RecipientNotReachable => GatewayErrors.Create(context, GatewayErrorCodes.RecipientUnavailable),
                MailboxErrorCode.MailboxClosed => GatewayErrors.Create(context, GatewayErrorCodes.MailboxClosed),
                _ => GatewayErrors.Validation(context, refused.Message),
            },
            IdentityFormatException invalid => GatewayErrors.Validation(context, invalid.Message),
            _ => null,
        };
    }
}
