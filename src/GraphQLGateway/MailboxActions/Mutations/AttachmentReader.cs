using DigitalPost.GraphQL.Execution;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Localization;
using DigitalPost.GraphQLGateway.MailboxActions.Uploads;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.GraphQLGateway.MailboxActions.Mutations;

/// <summary>
/// Turns <c>[AttachmentInput!]</c> into the grains' attachments: an <c>upload</c> is a file of this multipart
/// request, an <c>uploadId</c> a file the same viewer stored with <c>POST /graphql/uploads</c> (anyone else's, an
/// expired or unknown id is NOT_FOUND). Each file is read into memory once, here, because the grains take bytes.
/// </summary>
internal static class AttachmentReader
{
    public static async Task<AttachmentSet> ReadAsync(ResolverContext context, MutationInput input, MutationOptions options)
    {
        var items = input.Objects("attachments");
        if (MutationInputRules.AttachmentCount(items.Count, options) is { } tooMany)
        {
            throw GatewayErrors.Create(context, GatewayErrorCodes.LimitExceeded, tooMany);
        }

        var owner = context.Viewer().Subject.Value;
        var store = context.Services.GetRequiredService<UploadStore>();
        var attachments = new List<Attachment>(items.Count);
        var stored = new List<Guid>();
        foreach (var item in items)
        {
            UploadedFile file;
            if (item.TryGetValue("upload", out var upload) && upload is UploadedFile inline)
            {
                file = inline;
            }
            else if (item.TryGetValue("uploadId", out var id) && id is string uploadId)
            {
                var guid = GlobalId.ParseUpload(context, uploadId);
                file = store.Find(owner, guid)?.File ?? throw GatewayErrors.Inaccessible(context);
                stored.Add(guid);
            }
            else
            {
                throw GatewayErrors.Validation(context, "input.attachments: each attachment needs an upload or an uploadId");
            }

            byte[] bytes;
            try
            {
                bytes = await file.ReadAllBytesAsync(context.CancellationToken).ConfigureAwait(false);
            }
            catch (FileNotFoundException)
            {
                // Expired and swept between the lookup and the read.
                throw GatewayErrors.Inaccessible(context);
            }

            attachments.Add(new Attachment(file.Filename, file.ContentType, bytes));
        }

        return new AttachmentSet(attachments, stored);
    }

    /// <summary>After a successful send: the stored uploads it used are deleted (an upload is used once).</summary>
    public static async Task ReleaseAsync(ResolverContext context, AttachmentSet set)
    {
        if (set.StoredUploads.Count == 0)
        {
            return;
        }

        var owner = context.Viewer().Subject.Value;
        var store = context.Services.GetRequiredService<UploadStore>();
        foreach (var id in set.StoredUploads)
        {
            await store.RemoveAsync(owner, id).ConfigureAwait(false);
        }
    }
}
