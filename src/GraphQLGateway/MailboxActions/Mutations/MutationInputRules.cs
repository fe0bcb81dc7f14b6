using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.GraphQLGateway.MailboxActions.Mutations;

/// <summary>
/// The mutations' input checks, before any grain call. Each returns null when the value is fine, or a sentence that
/// names the field (<c>input.name: …</c>); resolvers turn it into a <c>VALIDATION</c> error. Pure, so tested directly.
/// </summary>
public static class MutationInputRules
{
    /// <summary>A folder name: not blank, at most <see cref="MutationOptions.MaxFolderNameLength"/> characters (trimmed).</summary>
    public static string? FolderName(string? name, MutationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return "input.name: a folder name must not be empty";
        }

        return trimmed.Length > options.MaxFolderNameLength
            ? $"input.name: a folder name has at most {options.MaxFolderNameLength} characters; got {trimmed.Length}"
            : null;
    }

    /// <summary>A message body: at most <see cref="MutationOptions.MaxBodyLength"/> characters; blank only when there are attachments.</summary>
    public static string? Body(string? body, int attachmentCount, MutationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(body) && attachmentCount == 0)
        {
            return "input.body: write a text or attach a file";
        }

        return body is not null && body.Length > options.MaxBodyLength
            ? $"input.body: a message text has at most {options.MaxBodyLength} characters; got {body.Length}"
            : null;
    }

    /// <summary>A subject: not blank, at most <see cref="MutationOptions.MaxSubjectLength"/> characters (trimmed).</summary>
    public static string? Subject(string? subject, MutationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var trimmed = subject?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return "input.subject: a subject must not be empty";
        }

        return trimmed.Length > options.MaxSubjectLength
            ? $"input.subject: a subject has at most {options.MaxSubjectLength} characters; got {trimmed.Length}"
            : null;
    }

    /// <summary>How many attachments: at most <see cref="MutationOptions.MaxAttachments"/>.</summary>
    public static string? AttachmentCount(int count, MutationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return count > options.MaxAttachments
            ? $"input.attachments: at most {options.MaxAttachments} attachments; got {count}"
            : null;
    }

    /// <summary>A forward's comment: at most <see cref="MutationOptions.MaxCommentLength"/> characters.</summary>
    public static string? Comment(string? comment, MutationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return comment is not null && comment.Length > options.MaxCommentLength
            ? $"input.comment: a comment has at most {options.MaxCommentLength} characters; got {comment.Length}"
            : null;
    }

    /// <summary>A contact point or category id: not blank (when required), at most <see cref="MutationOptions.MaxIdentifierLength"/>.</summary>
    public static string? Identifier(string field, string? value, bool required, MutationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(value))
        {
            return required ? $"input.{field}: must not be empty" : null;
        }

        return value.Length > options.MaxIdentifierLength
            ? $"input.{field}: at most {options.MaxIdentifierLength} characters; got {value.Length}"
            : null;
    }

    /// <summary>A forward's recipient: <c>cpr:&lt;10 digits&gt;</c> or <c>cvr:&lt;8 digits&gt;</c>.</summary>
    public static string? Recipient(string? to, out MailboxId recipient)
    {
        recipient = default;
        if (!MailboxId.TryParse(to, out var parsed, out _) || parsed.Kind == MailboxKind.Authority)
        {
            // The parser's own message could echo a mistyped CPR: never repeat the value.
            return "input.to: expected cpr:<10 digits> or cvr:<8 digits>";
        }

        recipient = parsed;
        return null;
    }
}
