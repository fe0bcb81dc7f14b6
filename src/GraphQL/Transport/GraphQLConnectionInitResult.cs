using System.Security.Claims;

namespace DigitalPost.GraphQL.Transport;

/// <summary>The decision of <see cref="GraphQLWebSocketOptions.OnConnectionInit"/>: accept (with caller, state, ack payload) or reject (close 4403).</summary>
public sealed record GraphQLConnectionInitResult
{
    private GraphQLConnectionInitResult(bool accepted)
    {
        IsAccepted = accepted;
    }

    /// <summary>Whether the connection is acknowledged.</summary>
    public bool IsAccepted { get; }

    /// <summary>The caller for every operation of the connection; <c>null</c> keeps the upgrade request's user.</summary>
    public ClaimsPrincipal? User { get; init; }

    /// <summary>Connection state handed to every operation (<see cref="GraphQLConnectionInfo.State"/>).</summary>
    public object? State { get; init; }

    /// <summary>The <c>connection_ack</c> payload (written as a JSON object), or <c>null</c> for none.</summary>
    public IReadOnlyDictionary<string, object?>? AckPayload { get; init; }

    /// <summary>Rejects the connection: the socket is closed with 4403 Forbidden.</summary>
    public static GraphQLConnectionInitResult Reject() => new(false);

    /// <summary>Accepts the connection.</summary>
    public static GraphQLConnectionInitResult Accept(ClaimsPrincipal? user = null, object? state = null, IReadOnlyDictionary<string, object?>? ackPayload = null) =>
        new(true) { User = user, State = state, AckPayload = ackPayload };
}
