namespace DigitalPost.GraphQLGateway.MassSend;

/// <summary>A Relay connection of jobs or receipts (read by property).</summary>
public sealed record MassSendConnection(IReadOnlyList<MassSendEdge> Edges, MassSendPageInfo PageInfo)
{
    public static MassSendConnection From(IReadOnlyList<MassSendEdge> edges, bool hasNextPage, bool hasPreviousPage) =>
        new(edges, new MassSendPageInfo(hasNextPage, hasPreviousPage, edges.Count > 0 ? edges[0].Cursor : null, edges.Count > 0 ? edges[^1].Cursor : null));
}
