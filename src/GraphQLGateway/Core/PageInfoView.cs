namespace DigitalPost.GraphQLGateway.Core;

/// <summary>A value for the schema's Relay <c>PageInfo</c> (read by the default resolver: no binding needed).</summary>
public sealed record PageInfoView(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
