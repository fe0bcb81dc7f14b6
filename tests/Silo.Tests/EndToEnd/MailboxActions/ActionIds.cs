using System.Buffers.Text;
using System.Text;
using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Silo.Tests.EndToEnd.MailboxActions;

/// <summary>Global ids built from their documented form (base64url of <c>&lt;Type&gt;:&lt;key&gt;</c>), as a client would.</summary>
internal static class ActionIds
{
    public static string Mailbox(MailboxId mailbox) => Encode("Mailbox", mailbox.Value);

    public static string Message(MailboxId mailbox, Guid uuid) => Encode("Message", mailbox.Value + "/" + uuid.ToString("D"));

    public static string Folder(MailboxId mailbox, string folderId) => Encode("Folder", mailbox.Value + "/" + folderId);

    public static string Authority(AuthorityId authority) => Encode("Authority", authority.Value);

    private static string Encode(string type, string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(type + ":" + key));
}
