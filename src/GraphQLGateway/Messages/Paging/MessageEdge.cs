namespace DigitalPost.GraphQLGateway.Messages.Paging;

/// <summary>The runtime value of the schema's <c>MessageEdge</c>.</summary>
public sealed record MessageEdge(string Cursor, MessageNode Node);
