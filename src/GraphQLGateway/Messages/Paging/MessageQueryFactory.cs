using System.Diagnostics.CodeAnalysis;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;

namespace DigitalPost.GraphQLGateway.Messages.Paging;

/// <summary>Turns <c>Mailbox.messages</c> arguments into the grains' <see cref="MessageQuery"/>.</summary>
public static class MessageQueryFactory
{
    /// <summary>Longest text search accepted.</summary>
    public const int MaxSearchLength = 256;

    /// <summary>
    /// The query, or false with the name of the argument that is wrong (a cursor that is not ours, an unknown sender
    /// id form, a search that is too long, a date range that ends before it starts).
    /// </summary>
    public static bool TryCreate(MessageListArguments arguments, [NotNullWhen(true)] out MessageQuery? query, [NotNullWhen(false)] out string? invalid)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        query = null;
        string? after = null;
        string? before = null;
        if (arguments.After is not null && !MessageCursor.TryDecode(arguments.After, out after))
        {
            invalid = "after";
            return false;
        }

        if (arguments.Before is not null && !MessageCursor.TryDecode(arguments.Before, out before))
        {
            invalid = "before";
            return false;
        }

        string? sender = null;
        if (arguments.SenderId is { } senderId && !TrySenderAddress(senderId, out sender))
        {
            invalid = "filter.senderId";
            return false;
        }

        var search = string.IsNullOrWhiteSpace(arguments.Search) ? null : arguments.Search.Trim();
        if (search is { Length: > MaxSearchLength })
        {
            invalid = "filter.search";
            return false;
        }

        if (arguments.ReceivedFrom is { } from && arguments.ReceivedTo is { } to && to < from)
        {
            invalid = "filter.receivedTo";
            return false;
        }

        query = new MessageQuery(
            FolderId: arguments.FolderId ?? SystemFolders.Inbox,
            Unread: arguments.Unread,
            SenderId: sender,
            From: arguments.ReceivedFrom,
            To: arguments.ReceivedTo,
            Text: search,
            PageSize: arguments.PageSize,
            After: after,
            Before: before,
            Backward: arguments.Backward);
        invalid = null;
        return true;
    }

    /// <summary>
    /// The stored sender (a sending mailbox's address) for the schema's sender id: a mailbox address as it is
    /// (<c>authority:…</c>, <c>cvr:…</c>, <c>cpr:…</c>); 8 digits a company's CVR; any other authority id an authority.
    /// An authority keyed by its CVR is matched with <c>authority:&lt;cvr&gt;</c>.
    /// </summary>
    public static bool TrySenderAddress(string senderId, [NotNullWhen(true)] out string? address)
    {
        ArgumentNullException.ThrowIfNull(senderId);
        address = null;
        var text = senderId.Trim();
        if (text.Contains(':', StringComparison.Ordinal))
        {
            if (MailboxId.TryParse(text, out var mailbox))
            {
                address = mailbox.Value;
            }
        }
        else if (Cvr.TryParse(text, out var cvr))
        {
            address = MailboxId.ForBusiness(cvr).Value;
        }
        else if (AuthorityId.TryParse(text, out var authority))
        {
            address = MailboxId.ForAuthority(authority).Value;
        }

        return address is not null;
    }

    /// <summary>The schema's sender id of a stored sender address: an authority's id, a company's CVR, else the address.</summary>
    public static string SenderIdOf(string senderAddress)
    {
        ArgumentNullException.ThrowIfNull(senderAddress);
        if (!MailboxId.TryParse(senderAddress, out var mailbox))
        {
            return senderAddress;
        }

        return mailbox.Kind is MailboxKind.Authority or MailboxKind.Business ? mailbox.Key : mailbox.Value;
    }
}
