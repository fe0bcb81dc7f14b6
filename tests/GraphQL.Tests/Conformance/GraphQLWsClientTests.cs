using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using DigitalPost.GraphQL.Tests.Transport;
using DigitalPost.GraphQL.Transport;

namespace DigitalPost.GraphQL.Tests.Conformance;

/// <summary>
/// The npm graphql-ws client (createClient over ws) against the real server, and raw ws sockets breaking the
/// graphql-transport-ws protocol, each seeing the close code the protocol names.
/// </summary>
public sealed class GraphQLWsClientTests
{
    /// <summary>Accepts <c>{token: "secret", user}</c> as that user, with connection state and an ack payload; refuses anything else.</summary>
    internal static GraphQLTransportOptions Options(TimeSpan initTimeout) => new()
    {
        WebSocket = new GraphQLWebSocketOptions
        {
            ConnectionInitTimeout = initTimeout,
            OnConnectionInit = context =>
            {
                var payload = context.Payload;
                if (payload is not { } p || !p.TryGetProperty("token", out var token) || token.ValueKind != JsonValueKind.String || token.GetString() != "secret")
                {
                    return ValueTask.FromResult(GraphQLConnectionInitResult.Reject());
                }

                var name = p.TryGetProperty("user", out var user) && user.ValueKind == JsonValueKind.String ? user.GetString()! : "anonymous";
                var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], "connection_init"));
                return ValueTask.FromResult(GraphQLConnectionInitResult.Accept(principal, $"state-of-{name}", new Dictionary<string, object?> { ["server"] = "digitalpost-test" }));
            },
        },
    };

    [Fact]
    public async Task Graphql_ws_client_subscribes_queries_mutates_and_sees_errors_and_pongs()
    {
        await using var server = await TransportTestServer.StartAsync(Options(TimeSpan.FromSeconds(30)));
        var seen = (JsonObject)await TransportNodeScripts.RunAsync("ws-client.js", server.WebSocketUri.ToString());

        AssertJson("""{"next":[{"data":{"ticks":1}},{"data":{"ticks":2}},{"data":{"ticks":3}}],"error":null,"completed":true}""", seen["ticks"]);
        AssertJson("""{"next":[{"data":{"echo":"æøå ✓","hello":"world"}}],"error":null,"completed":true}""", seen["query"]);
        AssertJson("""{"next":[{"data":{"increment":1}}],"error":null,"completed":true}""", seen["mutation"]);
        AssertJson("""{"next":[{"data":{"whoami":"alice","context":"state-of-alice","transport":"WebSocket /graphql"}}],"error":null,"completed":true}""", seen["whoami"]);

        var validation = seen["validation"]!;
        Assert.False((bool)validation["completed"]!);
        Assert.Empty(validation["next"]!.AsArray());
        var validationError = validation["error"]!.AsArray().Single()!;
        Assert.Contains("doesNotExist", (string)validationError["message"]!, StringComparison.Ordinal);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", (string)validationError["extensions"]!["code"]!);

        var variables = seen["variables"]!;
        Assert.Equal("BAD_USER_INPUT", (string)variables["error"]!.AsArray().Single()!["extensions"]!["code"]!);

        Assert.Equal("pending", (string)seen["feedBeforeEvents"]!);
        Assert.True((bool)seen["pongs"]!, "The server never answered the client's ping with pong.");
        AssertJson("""{"server":"digitalpost-test"}""", seen["ackPayload"]);
    }

    [Fact]
    public async Task Protocol_violations_close_the_socket_with_the_protocol_close_codes()
    {
        await using var server = await TransportTestServer.StartAsync(Options(TimeSpan.FromSeconds(30)));
        await using var impatient = await TransportTestServer.StartAsync(Options(TimeSpan.FromMilliseconds(200)));
        var results = (JsonObject)await TransportNodeScripts.RunAsync("ws-violations.js", server.WebSocketUri.ToString(), impatient.WebSocketUri.ToString());

        var expected = new Dictionary<string, int>
        {
            ["invalidMessageType"] = 4400,
            ["invalidJson"] = 4400,
            ["serverMessageFromClient"] = 4400,
            ["subscribeWithoutQuery"] = 4400,
            ["subscribeBeforeInit"] = 4401,
            ["rejectedInit"] = 4403,
            ["initTimeout"] = 4408,
            ["duplicateId"] = 4409,
            ["doubleInit"] = 4429,
            ["noSubprotocol"] = 4406,
        };
        var wrong = expected
            .Where(e => results[e.Key]?["code"]?.ToJsonString() != e.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Select(e => $"{e.Key}: expected {e.Value}, got {results[e.Key]?.ToJsonString()}")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
        Assert.Equal("Connection initialisation timeout", (string)results["initTimeout"]!["reason"]!);
        Assert.Equal("Subscriber for same already exists", (string)results["duplicateId"]!["reason"]!);
    }

    private static void AssertJson(string expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"Expected {expected}\nbut got {actual?.ToJsonString()}");
}
