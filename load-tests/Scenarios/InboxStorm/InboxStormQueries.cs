using System.Text.Json;

namespace DigitalPost.LoadTests.Scenarios.InboxStorm;

/// <summary>
/// The GraphQL of <c>inbox-storm</c> (contract: <c>src/GraphQLGateway/schema.graphql</c>, Core and Messages
/// fragments): what a platform's inbox page asks for, and what opening a message asks for. Fix them here.
/// </summary>
public static class InboxStormQueries
{
    /// <summary>The viewer's inbox, newest first, first 20 (a platform's inbox page).</summary>
    public const string ListInbox = """
        query LoadTestInbox {
          viewer {
            mailbox {
              id
              unreadCount
              messages(first: 20) {
                nodes { id label unread receivedAt legalNotification fileCount sender { id label kind } }
                pageInfo { hasNextPage endCursor }
              }
            }
          }
        }
        """;

    /// <summary>Opens a message (records the first read); variables: <c>id</c>.</summary>
    public const string OpenMessage = """
        query LoadTestOpenMessage($id: ID!) {
          message(id: $id) {
            id
            label
            unread
            sender { label }
            content {
              notification
              createdAt
              mainDocument { label files { filename encodingFormat sizeBytes downloadUrl } actions { code label entryPointUrl calendarUrl } }
              additionalDocuments { label files { filename sizeBytes downloadUrl } }
            }
          }
        }
        """;

    /// <summary>The message ids of a <see cref="ListInbox"/> result.</summary>
    public static IReadOnlyList<string> MessageIds(JsonElement data)
    {
        var nodes = data.GetProperty("viewer").GetProperty("mailbox").GetProperty("messages").GetProperty("nodes");
        var ids = new List<string>(nodes.GetArrayLength());
        foreach (var node in nodes.EnumerateArray())
        {
            ids.Add(node.GetProperty("id").GetString()!);
        }

        return ids;
    }
}
