using DigitalPost.GraphQLGateway.Core;

namespace DigitalPost.GraphQLGateway.Authorities;

/// <summary>The runtime value of <c>AuthorityConnection</c>.</summary>
public sealed record AuthorityConnection(IReadOnlyList<AuthorityEdge> Edges, IReadOnlyList<AuthorityNode> Nodes, PageInfoView PageInfo, int TotalCount);
