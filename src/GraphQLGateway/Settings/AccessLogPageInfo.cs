namespace DigitalPost.GraphQLGateway.Settings;

/// <summary>The schema's <c>PageInfo</c> of an access-log page (read by property, like every <c>PageInfo</c>).</summary>
public sealed record AccessLogPageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
