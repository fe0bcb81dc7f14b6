using System.Text.Json.Nodes;
using DigitalPost.Silo.Tests.EndToEnd.Support;

namespace DigitalPost.Silo.Tests.EndToEnd.Authorization;

/// <summary>Runs matrix cells over real HTTP and WebSockets and says what each answered (<see cref="MatrixOutcome"/>).</summary>
public sealed class MatrixRunner(MatrixWorld world)
{
    private const string Platform = "borger.dk";
    private static readonly TimeSpan EventPatience = TimeSpan.FromSeconds(3);
    private const int TriggerAttempts = 5;

    /// <summary>The outcome of one cell, with the response text for the failure message.</summary>
    public async Task<(string Outcome, string Response)> RunAsync(MatrixOperation operation, MatrixRole role)
    {
        var scene = await SceneAsync(operation, role);
        var request = operation.Request(world, scene, role);
        return operation.IsSubscription ? await SubscribeAsync(operation, role, scene, request) : await PostAsync(role, scene, request);
    }

    /// <summary>The raw HTTP response of a query or mutation for <paramref name="role"/> in <paramref name="scene"/>.</summary>
    public async Task<GraphQLResponse> PostRawAsync(MatrixRole role, MatrixScene scene, MatrixRequest request)
    {
        var subject = world.Subject(role, scene);
        var token = subject is null ? null : await world.Fixture.DevTokenAsync(subject, Platform);
        return await world.Fixture.GraphQL.PostAsync(token, request.Query, request.Variables);
    }

    /// <summary>The outcome of an HTTP response: its one error code, or allowed / null by the probe.</summary>
    public static string OutcomeOf(GraphQLResponse response, string probe)
    {
        if (response.Errors.Count > 0)
        {
            var codes = response.ErrorCodes.Distinct().ToList();
            return codes.Count == 1 ? codes[0] ?? "(error without code)" : "mixed: " + string.Join(", ", codes);
        }

        if (response.Data is null)
        {
            return $"HTTP {(int)response.StatusCode} without data";
        }

        JsonNode? node = response.Data;
        foreach (var part in probe.Split('.'))
        {
            node = int.TryParse(part, out var index) ? (node as JsonArray)?[index] : (node as JsonObject)?[part];
        }

        return node is null ? MatrixOutcome.Null : MatrixOutcome.Allowed;
    }

    private async Task<MatrixScene> SceneAsync(MatrixOperation operation, MatrixRole role)
    {
        if (!operation.ChangesState || operation.Expected[role] != MatrixOutcome.Allowed)
        {
            return await world.SharedSceneAsync();
        }

        var scene = await world.CreateSceneAsync();
        if (operation.Prepare is not null)
        {
            await operation.Prepare(world, scene);
        }

        return scene;
    }

    private async Task<(string, string)> PostAsync(MatrixRole role, MatrixScene scene, MatrixRequest request)
    {
        var response = await PostRawAsync(role, scene, request);
        return (OutcomeOf(response, request.Probe), response.Text);
    }

    private async Task<(string, string)> SubscribeAsync(MatrixOperation operation, MatrixRole role, MatrixScene scene, MatrixRequest request)
    {
        var subject = world.Subject(role, scene);
        GraphQLWebSocketClient socket;
        try
        {
            socket = subject is null
                ? await world.Fixture.ConnectWebSocketAsync(null)
                : await world.Fixture.ConnectWebSocketAsAsync(subject, Platform);
        }
        catch (GraphQLWebSocketClosedException closed) when ((int?)closed.Status == 4403 || (int?)closed.Status == 4401)
        {
            // graphql-transport-ws refuses an unauthenticated connection_init with 4403 (Forbidden) before any operation.
            return (MatrixOutcome.Unauthenticated, $"closed {(int?)closed.Status}: {closed.Description}");
        }

        await using (socket)
        {
            var subscription = await socket.SubscribeAsync(request.Query, request.Variables);
            // The protocol does not acknowledge a subscription, so an event is caused until one arrives (or an error does).
            for (var attempt = 1; ; attempt++)
            {
                if (operation.Trigger is not null)
                {
                    await operation.Trigger(world, scene, role);
                }

                GraphQLWebSocketMessage message;
                try
                {
                    message = await subscription.ReceiveAsync(EventPatience);
                }
                catch (TimeoutException) when (attempt < TriggerAttempts)
                {
                    continue;
                }
                catch (TimeoutException)
                {
                    return ("no event and no error", $"nothing within {TriggerAttempts} events");
                }

                return message.Type switch
                {
                    "next" when message.Payload?["errors"] is JsonArray errors && errors.Count > 0 =>
                        (errors[0]?["extensions"]?["code"]?.GetValue<string>() ?? "(error without code)", message.Payload.ToJsonString()),
                    "next" => (MatrixOutcome.Allowed, message.Payload?.ToJsonString() ?? string.Empty),
                    "error" => ((message.Payload as JsonArray)?[0]?["extensions"]?["code"]?.GetValue<string>() ?? "(error without code)", message.Payload?.ToJsonString() ?? string.Empty),
                    _ => (message.Type, message.ToString()),
                };
            }
        }
    }
}
