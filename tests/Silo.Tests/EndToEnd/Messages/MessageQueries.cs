using System.Text.Json.Nodes;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.Silo.Tests.EndToEnd.Support;

namespace DigitalPost.Silo.Tests.EndToEnd.Messages;

/// <summary>The message queries the platforms send, and small readers of their answers.</summary>
internal static class MessageQueries
{
    public const string List = """
        query($m: ID!, $first: Int, $after: String, $last: Int, $before: String, $filter: MessageFilter) {
          mailbox(id: $m) {
            messages(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
              edges { cursor node { id label unread } }
              pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            }
          }
        }
        """;

    public const string Summary = """
        query($id: ID!) {
          message(id: $id) {
            id messageUuid label unread direction legalNotification servedAt privatePlatform fileCount
            sender { id label kind }
            folder { folderId system }
            mailbox { id }
            firstRead { at platform byDelegate }
          }
        }
        """;

    public const string Content = """
        query($id: ID!) {
          message(id: $id) {
            content {
              notification createdAt contactPoint
              mainDocument { label files { filename encodingFormat language sizeBytes downloadUrl }
                actions { label code startsAt entryPointUrl calendarUrl reservation { uuid abstract location startsAt endsAt organizerName } } }
              additionalDocuments { label files { filename sizeBytes downloadUrl } }
              technicalDocuments { label }
            }
          }
        }
        """;

    public static string MailboxId(MailboxId mailbox) => GlobalId.Mailbox(mailbox);

    public static string MessageId(WorldMessage message) => GlobalId.Message(message.Mailbox, message.MessageUuid);

    public static object ListVariables(MailboxId mailbox, int? first = null, string? after = null, int? last = null, string? before = null, object? filter = null) =>
        new { m = MailboxId(mailbox), first, after, last, before, filter };

    public static JsonObject Connection(GraphQLResponse response) => response.RequireData()["mailbox"]!["messages"]!.AsObject();

    public static string[] Labels(JsonObject connection) =>
        [.. connection["edges"]!.AsArray().Select(edge => edge!["node"]!["label"]!.GetValue<string>())];

    public static bool Flag(JsonObject connection, string name) => connection["pageInfo"]![name]!.GetValue<bool>();

    public static string? Cursor(JsonObject connection, string name) => connection["pageInfo"]![name]?.GetValue<string>();
}
