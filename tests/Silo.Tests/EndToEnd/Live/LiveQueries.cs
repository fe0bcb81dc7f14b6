using System.Text.Json.Nodes;

namespace DigitalPost.Silo.Tests.EndToEnd.Live;

/// <summary>The documents the live tests send, and readers for their results.</summary>
internal static class LiveQueries
{
    public const string MailboxEvents = """
        subscription ($m: ID!) {
          mailboxEvents(mailboxId: $m) { kind platform messageId folderId at mailbox { id } message { id unread label privatePlatform servedAt } }
        }
        """;

    public const string ReceiptEvents = "subscription { receiptEvents { messageUuid recipient status reason createdAt } }";

    public const string ServedAt = "query ($id: ID!) { message(id: $id) { servedAt } }";

    public const string OpenMessage = "query ($id: ID!) { message(id: $id) { id unread servedAt content { __typename } } }";

    /// <summary>The <c>mailboxEvents</c> (or other root field) object of a <c>next</c> payload, failing on errors.</summary>
    public static JsonObject Event(JsonObject payload, string field = "mailboxEvents")
    {
        if (payload["errors"] is JsonArray { Count: > 0 } errors)
        {
            throw new Xunit.Sdk.XunitException($"The event has errors: {errors.ToJsonString()}");
        }

        return payload["data"]?[field] as JsonObject ?? throw new Xunit.Sdk.XunitException($"No {field} in {payload.ToJsonString()}");
    }

    /// <summary>The single error code of a payload (a <c>next</c> payload's errors, or an <c>error</c> message's array).</summary>
    public static string? ErrorCode(JsonNode? payload)
    {
        var errors = payload as JsonArray ?? payload?["errors"] as JsonArray;
        var error = Assert.Single(errors ?? []);
        return error?["extensions"]?["code"]?.GetValue<string>();
    }

    public static string Text(JsonNode? node, string name) => node?[name]?.GetValue<string>() ?? throw new Xunit.Sdk.XunitException($"No string '{name}' in {node?.ToJsonString()}");
}
