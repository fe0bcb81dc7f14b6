namespace DigitalPost.GraphQL.Transport;

/// <summary>How an operation reached the server.</summary>
public enum GraphQLTransportKind
{
    /// <summary>GraphQL over HTTP (POST or GET).</summary>
    Http,

    /// <summary>The <c>graphql-transport-ws</c> WebSocket protocol.</summary>
    WebSocket,
}
