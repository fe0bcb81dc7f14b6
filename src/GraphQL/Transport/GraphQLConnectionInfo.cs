using System.Security.Claims;
using System.Text.Json;

namespace DigitalPost.GraphQL.Transport;

/// <summary>An acknowledged <c>graphql-transport-ws</c> connection, as operations and hooks see it.</summary>
public sealed class GraphQLConnectionInfo
{
    internal GraphQLConnectionInfo(JsonElement? initPayload, ClaimsPrincipal user, object? state)
    {
        InitPayload = initPayload;
        User = user;
        State = state;
    }

    /// <summary>The <c>connection_init</c> payload (an object), or <c>null</c> when none was sent.</summary>
    public JsonElement? InitPayload { get; }

    /// <summary>The caller of the connection (the init hook's user, else the upgrade request's).</summary>
    public ClaimsPrincipal User { get; }

    /// <summary>The state the connection-init hook returned, or <c>null</c>.</summary>
    public object? State { get; }
}
