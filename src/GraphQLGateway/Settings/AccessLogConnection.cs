using DigitalPost.Grains.Interfaces.AccessLog;

namespace DigitalPost.GraphQLGateway.Settings;

/// <summary>The schema's <c>AccessLogConnection</c>: one page of the access log, newest first.</summary>
public sealed record AccessLogConnection(IReadOnlyList<AccessLogEdge> Edges, AccessLogPageInfo PageInfo)
{
    public IReadOnlyList<AccessLogEntry> Nodes => [.. Edges.Select(edge => edge.Node)];

    /// <summary>
    /// The page of at most <paramref name="first"/> entries out of <paramref name="fetched"/>, which the caller read with a
    /// limit of <c>first + 1</c> so that one more entry tells whether an older page exists. <paramref name="hasPrevious"/>
    /// is true when the page started after a cursor.
    /// </summary>
    public static AccessLogConnection Page(IReadOnlyList<AccessLogEntry> fetched, int first, bool hasPrevious)
    {
        ArgumentNullException.ThrowIfNull(fetched);
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        var edges = fetched.Take(first).Select(entry => new AccessLogEdge(AccessLogCursor.Encode(entry.EntryId), entry)).ToList();
        var pageInfo = new AccessLogPageInfo(
            HasNextPage: fetched.Count > first,
            HasPreviousPage: hasPrevious,
            StartCursor: edges.Count > 0 ? edges[0].Cursor : null,
            EndCursor: edges.Count > 0 ? edges[^1].Cursor : null);
        return new AccessLogConnection(edges, pageInfo);
    }
}
