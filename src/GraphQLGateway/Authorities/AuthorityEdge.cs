namespace DigitalPost.GraphQLGateway.Authorities;

/// <summary>The runtime value of <c>AuthorityEdge</c>.</summary>
public sealed record AuthorityEdge(string Cursor, AuthorityNode Node);
