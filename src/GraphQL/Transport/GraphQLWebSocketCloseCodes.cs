namespace DigitalPost.GraphQL.Transport;

/// <summary>The close codes the <c>graphql-transport-ws</c> server uses.</summary>
public static class GraphQLWebSocketCloseCodes
{
    /// <summary>The subprotocol: <c>graphql-transport-ws</c>.</summary>
    public const string SubProtocol = "graphql-transport-ws";

    /// <summary>1009: a message larger than <see cref="GraphQLWebSocketOptions.MaxMessageSize"/>.</summary>
    public const int MessageTooBig = 1009;

    /// <summary>4400: a message that is not valid JSON, not an object, of an unknown type or with invalid fields, or binary.</summary>
    public const int BadRequest = 4400;

    /// <summary>4401: <c>subscribe</c> before the connection was acknowledged.</summary>
    public const int Unauthorized = 4401;

    /// <summary>4403: the connection-init hook rejected the connection.</summary>
    public const int Forbidden = 4403;

    /// <summary>4406: the client did not offer the <c>graphql-transport-ws</c> subprotocol.</summary>
    public const int SubprotocolNotAcceptable = 4406;

    /// <summary>4408: no acknowledged <c>connection_init</c> within <see cref="GraphQLWebSocketOptions.ConnectionInitTimeout"/>.</summary>
    public const int ConnectionInitialisationTimeout = 4408;

    /// <summary>4409: <c>subscribe</c> with the id of an operation that is still active.</summary>
    public const int SubscriberAlreadyExists = 4409;

    /// <summary>4429: a second <c>connection_init</c>.</summary>
    public const int TooManyInitialisationRequests = 4429;

    /// <summary>4500: the connection-init hook failed unexpectedly.</summary>
    public const int InternalServerError = 4500;
}
