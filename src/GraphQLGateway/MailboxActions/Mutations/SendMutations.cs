using DigitalPost.GraphQL.Execution;
using DigitalPost.Grains.Interfaces.AuthorityDirectory;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.GraphQLGateway.MailboxActions.Mutations;

/// <summary>
/// <c>replyToMessage</c>, <c>sendMessageToAuthority</c>, <c>forwardMessage</c>. Inputs are checked first (errors name
/// the field); the grain then authorises (level), enforces reply rules (NOT_REPLYABLE) and the contact point's size
/// and file-type limits (LIMIT_EXCEEDED), and stores nothing when it refuses. The payload carries the copy in the
/// sending mailbox's Sent folder and the recipient mailbox's delivery result.
/// </summary>
internal static class SendMutations
{
    public static async Task<SendMessagePayload> ReplyAsync(ResolverContext context)
    {
        var input = MutationInput.From(context);
        var options = FolderMutations.Options(context);
        var (mailbox, uuid) = GlobalId.ParseMessage(context, input.Required("messageId"));
        var body = input.Required("body");
        FolderMutations.Check(context, MutationInputRules.Body(body, input.Objects("attachments").Count, options));
        var attachments = await AttachmentReader.ReadAsync(context, input, options).ConfigureAwait(false);
        return await SendAsync(context, mailbox, attachments, input, (grain, actor) => grain.ReplyAsync(actor, new ReplyRequest(uuid, body, attachments.Attachments)))
            .ConfigureAwait(false);
    }

    public static async Task<SendMessagePayload> SendToAuthorityAsync(ResolverContext context)
    {
        var input = MutationInput.From(context);
        var options = FolderMutations.Options(context);
        var mailbox = GlobalId.ParseMailbox(context, input.Required("mailboxId"));
        var authority = GlobalId.ParseAuthority(context, input.Required("authorityId"));
        var contactPointId = input.Required("contactPointId");
        var categoryId = input.String("categoryId");
        var subject = input.Required("subject");
        var body = input.Required("body");
        FolderMutations.Check(context,
            MutationInputRules.Identifier("contactPointId", contactPointId, required: true, options)
            ?? MutationInputRules.Identifier("categoryId", categoryId, required: false, options)
            ?? MutationInputRules.Subject(subject, options)
            ?? MutationInputRules.Body(body, input.Objects("attachments").Count, options));
        await CheckContactPointAsync(context, authority, contactPointId, categoryId).ConfigureAwait(false);
        var attachments = await AttachmentReader.ReadAsync(context, input, options).ConfigureAwait(false);
        var message = new NewMessage(authority, contactPointId, subject.Trim(), body, attachments.Attachments);
        return await SendAsync(context, mailbox, attachments, input, (grain, actor) => grain.WriteToAuthorityAsync(actor, message)).ConfigureAwait(false);
    }

    public static async Task<SendMessagePayload> ForwardAsync(ResolverContext context)
    {
        var input = MutationInput.From(context);
        var options = FolderMutations.Options(context);
        var (mailbox, uuid) = GlobalId.ParseMessage(context, input.Required("messageId"));
        var comment = input.String("comment");
        FolderMutations.Check(context, MutationInputRules.Recipient(input.Required("to"), out var recipient) ?? MutationInputRules.Comment(comment, options));
        var none = new AttachmentSet([], []);
        return await SendAsync(context, mailbox, none, input, (grain, actor) => grain.ForwardAsync(actor, new ForwardRequest(uuid, recipient, comment)))
            .ConfigureAwait(false);
    }

    private static async Task<SendMessagePayload> SendAsync(ResolverContext context, MailboxId mailbox, AttachmentSet attachments, MutationInput input,
        Func<IMailboxGrain, ActorContext, Task<SendResult>> send)
    {
        var (result, sent) = await GatewayCalls.RunAsync(context, mailbox, async (grain, actor) =>
        {
            var result = await send(grain, actor).ConfigureAwait(false);
            var sent = await MessageRefetch.FindAsync(grain, actor, result.MessageUuid, SystemFolders.Sent).ConfigureAwait(false);
            return (result, sent);
        }).ConfigureAwait(false);
        await AttachmentReader.ReleaseAsync(context, attachments).ConfigureAwait(false);
        return new SendMessagePayload(sent is null ? null : MessageShape.From(mailbox, sent), DeliveryReport.From(result.Delivery), input.ClientMutationId);
    }

    /// <summary>
    /// With a directory registered: the contact point must be one of the authority's and the category one of the
    /// contact point's (an unknown authority is NOT_FOUND, as for any id). The grains take the contact point only; the
    /// category is checked so a client learns of a typo, but MeMo carries no category of a citizen's message.
    /// </summary>
    private static async Task CheckContactPointAsync(ResolverContext context, AuthorityId authority, string contactPointId, string? categoryId)
    {
        if (context.Services.GetService<IAuthorityDirectory>() is not { } directory)
        {
            return;
        }

        if (await directory.GetAsync(authority, context.CancellationToken).ConfigureAwait(false) is not { } known)
        {
            throw GatewayErrors.Inaccessible(context);
        }

        var contactPoint = known.ContactPoints.FirstOrDefault(c => c.Id == contactPointId)
            ?? throw GatewayErrors.Validation(context, $"input.contactPointId: the authority has no contact point '{contactPointId}'");
        if (categoryId is { Length: > 0 } && contactPoint.Categories.All(c => c.Id != categoryId))
        {
            throw GatewayErrors.Validation(context, $"input.categoryId: the contact point has no category '{categoryId}'");
        }
    }
}
