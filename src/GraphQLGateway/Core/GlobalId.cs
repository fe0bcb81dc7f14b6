using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using DigitalPost.GraphQL.Execution;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.GraphQLGateway.Localization;

namespace DigitalPost.GraphQLGateway.Core;

/// <summary>
/// Opaque Relay ids (Global Object Identification): base64url (no padding) of <c>&lt;Type&gt;:&lt;key&gt;</c>, where the
/// type is the schema's object type name. Keys: a mailbox's canonical id (<c>cpr:…</c>, <c>cvr:…</c>,
/// <c>authority:…</c>); a message, folder or grant is <c>&lt;mailbox&gt;/&lt;uuid or folder id&gt;</c>; an authority its
/// directory id; uploads and mass-send jobs their UUID. Decoding failures and ids of another type are
/// <see cref="GatewayErrors.Inaccessible"/> (NOT_FOUND), the same error as a hidden object, so ids cannot be probed.
/// </summary>
public static class GlobalId
{
    public const string MailboxType = "Mailbox";
    public const string MessageType = "Message";
    public const string FolderType = "Folder";
    public const string GrantType = "Grant";
    public const string AuthorityType = "Authority";
    public const string UploadType = "Upload";
    public const string MassSendJobType = "MassSendJob";

    /// <summary>Longest id accepted for decoding (a longer one is never ours).</summary>
    public const int MaxIdLength = 512;

    public static string Mailbox(MailboxId mailbox) => Encode(MailboxType, mailbox.Value);

    public static string Message(MailboxId mailbox, Guid messageUuid) => Encode(MessageType, Child(mailbox, messageUuid.ToString("D")));

    public static string Folder(MailboxId mailbox, string folderId)
    {
        ArgumentException.ThrowIfNullOrEmpty(folderId);
        return Encode(FolderType, Child(mailbox, folderId));
    }

    public static string Grant(MailboxId mailbox, Guid grantId) => Encode(GrantType, Child(mailbox, grantId.ToString("D")));

    public static string Authority(AuthorityId authority) => Encode(AuthorityType, authority.Value);

    public static string Upload(Guid uploadId) => Encode(UploadType, uploadId.ToString("D"));

    public static string MassSendJob(Guid jobId) => Encode(MassSendJobType, jobId.ToString("D"));

    /// <summary>The id of any type: base64url of <c>&lt;typeName&gt;:&lt;key&gt;</c>.</summary>
    public static string Encode(string typeName, string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentNullException.ThrowIfNull(key);
        if (typeName.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException("A type name cannot contain ':'.", nameof(typeName));
        }

        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(typeName + ":" + key));
    }

    /// <summary>Splits an id into its type name and key; false for anything that is not one of ours.</summary>
    public static bool TryDecode([NotNullWhen(true)] string? id, [NotNullWhen(true)] out string? typeName, [NotNullWhen(true)] out string? key)
    {
        typeName = null;
        key = null;
        if (string.IsNullOrEmpty(id) || id.Length > MaxIdLength)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[MaxIdLength];
        if (Base64Url.DecodeFromChars(id, bytes, out var consumed, out var written) != System.Buffers.OperationStatus.Done || consumed != id.Length)
        {
            return false;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes[..written]);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1)
        {
            return false;
        }

        // One canonical spelling per id: re-encoding must give the same text (no padding or alternative alphabets).
        if (!string.Equals(Base64Url.EncodeToString(bytes[..written]), id, StringComparison.Ordinal))
        {
            return false;
        }

        typeName = text[..colon];
        key = text[(colon + 1)..];
        return true;
    }

    public static MailboxId ParseMailbox(ResolverContext context, string id) =>
        TryParseMailbox(id, out var mailbox) ? mailbox : throw GatewayErrors.Inaccessible(context);

    public static (MailboxId Mailbox, Guid MessageUuid) ParseMessage(ResolverContext context, string id) =>
        TryParseChild(id, MessageType, out var mailbox, out var rest) && TryParseGuid(rest, out var uuid)
            ? (mailbox, uuid)
            : throw GatewayErrors.Inaccessible(context);

    public static (MailboxId Mailbox, string FolderId) ParseFolder(ResolverContext context, string id) =>
        TryParseChild(id, FolderType, out var mailbox, out var folderId)
            ? (mailbox, folderId)
            : throw GatewayErrors.Inaccessible(context);

    public static (MailboxId Mailbox, Guid GrantId) ParseGrant(ResolverContext context, string id) =>
        TryParseChild(id, GrantType, out var mailbox, out var rest) && TryParseGuid(rest, out var grantId)
            ? (mailbox, grantId)
            : throw GatewayErrors.Inaccessible(context);

    public static AuthorityId ParseAuthority(ResolverContext context, string id) =>
        TryDecode(id, out var type, out var key) && type == AuthorityType && AuthorityId.TryParse(key, out var authority)
            ? authority
            : throw GatewayErrors.Inaccessible(context);

    public static Guid ParseUpload(ResolverContext context, string id) => ParseGuid(context, id, UploadType);

    public static Guid ParseMassSendJob(ResolverContext context, string id) => ParseGuid(context, id, MassSendJobType);

    /// <summary>The mailbox of a <c>Mailbox</c> id, without a resolver context (node resolvers get the key already decoded).</summary>
    public static bool TryParseMailbox([NotNullWhen(true)] string? id, out MailboxId mailbox)
    {
        mailbox = default;
        return TryDecode(id, out var type, out var key) && type == MailboxType && MailboxId.TryParse(key, out mailbox);
    }

    /// <summary>Splits a child key (<c>&lt;mailbox&gt;/&lt;rest&gt;</c>, as node resolvers receive it) into the mailbox and the rest.</summary>
    public static bool TrySplitChildKey(string key, out MailboxId mailbox, [NotNullWhen(true)] out string? rest)
    {
        ArgumentNullException.ThrowIfNull(key);
        mailbox = default;
        rest = null;
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == key.Length - 1 || !MailboxId.TryParse(key[..slash], out mailbox))
        {
            return false;
        }

        rest = key[(slash + 1)..];
        return true;
    }

    /// <summary>Parses a UUID key in its 36-character form only (one spelling per id).</summary>
    public static bool TryParseGuid(string? key, out Guid value) =>
        Guid.TryParseExact(key, "D", out value) && string.Equals(value.ToString("D"), key, StringComparison.Ordinal);

    private static Guid ParseGuid(ResolverContext context, string id, string type) =>
        TryDecode(id, out var actual, out var key) && actual == type && TryParseGuid(key, out var value)
            ? value
            : throw GatewayErrors.Inaccessible(context);

    private static bool TryParseChild(string id, string type, out MailboxId mailbox, [NotNullWhen(true)] out string? rest)
    {
        mailbox = default;
        rest = null;
        return TryDecode(id, out var actual, out var key) && actual == type && TrySplitChildKey(key, out mailbox, out rest);
    }

    private static string Child(MailboxId mailbox, string rest) => string.Create(CultureInfo.InvariantCulture, $"{mailbox.Value}/{rest}");
}
